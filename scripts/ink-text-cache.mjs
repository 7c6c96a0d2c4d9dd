// Ink 6.8 rebuilds every text node's string on every frame: for each <Text> it walks the nested
// texts, runs each one's colour transform, sanitizes the result and measures its widest line,
// though a key typed on a form step changes one line of the screen's forty. The patch remembers,
// on each text node, the string it was built into and what it was built from (each child node,
// its text or its transform, and the string a nested text gave); a node whose parts are all the
// same objects and strings as last time gives the same string, so it is not built again. The
// widest line of a string is remembered by the string. Every mutation Ink makes (text changed, a
// child added, moved or removed, a new transform on re-render) changes one of those parts, so the
// frame is byte-for-byte what Ink would draw (test/cli/ink-text-cache.test.ts compares the two
// over sequences of re-renders). The build fails if Ink's code no longer matches.
import {expectEachOnce, patchOnLoad} from './source-patch.mjs';

// squash-text-nodes.js as Ink 6.8.0 ships it, from its declaration to its export.
const squashStart = 'const squashTextNodes = (node) => {\n';
const squashBody = `    let text = '';
    for (let index = 0; index < node.childNodes.length; index++) {
        const childNode = node.childNodes[index];
        if (childNode === undefined) {
            continue;
        }
        let nodeText = '';
        if (childNode.nodeName === '#text') {
            nodeText = childNode.nodeValue;
        }
        else {
            if (childNode.nodeName === 'ink-text' ||
                childNode.nodeName === 'ink-virtual-text') {
                nodeText = squashTextNodes(childNode);
            }
            // Since these text nodes are being concatenated, \`Output\` instance won't be able to
            // apply children transform, so we have to do it manually here for each text node
            if (nodeText.length > 0 &&
                typeof childNode.internal_transform === 'function') {
                nodeText = childNode.internal_transform(nodeText, index);
            }
        }
        text += nodeText;
    }
    return sanitizeAnsi(text);
};
`;

// The same loop, recording its parts: for each child, the child, then its text (a text node) or its
// transform and the string it gave (a nested text).
const cachedSquash = `    const remembered = node.internal_squashed;
    if (remembered !== undefined && squashedPartsHold(node, remembered.parts)) {
        return remembered.text;
    }
    const parts = [];
    let text = '';
    for (let index = 0; index < node.childNodes.length; index++) {
        const childNode = node.childNodes[index];
        if (childNode === undefined) {
            parts.push(undefined, undefined, undefined);
            continue;
        }
        let nodeText = '';
        if (childNode.nodeName === '#text') {
            nodeText = childNode.nodeValue;
            parts.push(childNode, nodeText, undefined);
        }
        else {
            let nested;
            if (childNode.nodeName === 'ink-text' ||
                childNode.nodeName === 'ink-virtual-text') {
                nodeText = squashTextNodes(childNode);
                nested = childNode.internal_squashed;
            }
            parts.push(childNode, childNode.internal_transform, nested);
            if (nodeText.length > 0 &&
                typeof childNode.internal_transform === 'function') {
                nodeText = childNode.internal_transform(nodeText, index);
            }
        }
        text += nodeText;
    }
    text = sanitizeAnsi(text);
    node.internal_squashed = {parts, text};
    return text;
};
// True when every part is what it was: the same children in the same places, each text node's
// text, each nested text's transform and remembered string (itself still holding).
function squashedPartsHold(node, parts) {
    const children = node.childNodes;
    if (parts.length !== children.length * 3) {
        return false;
    }
    for (let index = 0; index < children.length; index++) {
        const childNode = children[index];
        if (parts[index * 3] !== childNode) {
            return false;
        }
        if (childNode === undefined) {
            continue;
        }
        if (childNode.nodeName === '#text') {
            if (parts[index * 3 + 1] !== childNode.nodeValue) {
                return false;
            }
            continue;
        }
        if (parts[index * 3 + 1] !== childNode.internal_transform) {
            return false;
        }
        const nested = parts[index * 3 + 2];
        if (nested !== undefined && (childNode.internal_squashed !== nested || !squashedPartsHold(childNode, nested.parts))) {
            return false;
        }
        if (nested === undefined && (childNode.nodeName === 'ink-text' || childNode.nodeName === 'ink-virtual-text')) {
            return false;
        }
    }
    return true;
}
`;

/** squash-text-nodes.js with each node's string remembered; throws if Ink's code is not the expected one. */
export function rememberSquashedText(source, path = 'squash-text-nodes.js') {
	const whole = `${squashStart}${squashBody}`;
	expectEachOnce(source, {squashTextNodes: whole}, 'ink-text-cache', path);
	return source.replace(whole, `${squashStart}${cachedSquash}`);
}

const widestCall = '                const currentWidth = widestLine(text);\n';
const importLine = "import widestLine from 'widest-line';\n";
const widthCache = `${importLine}const rememberedWidths = new Map();
// The widest line of a string, remembered by the string (dropped whole past a bound).
const widestLineOf = (text) => {
    let width = rememberedWidths.get(text);
    if (width === undefined) {
        if (rememberedWidths.size > 2000) {
            rememberedWidths.clear();
        }
        width = widestLine(text);
        rememberedWidths.set(text, width);
    }
    return width;
};
`;

/** render-node-to-output.js with each string's width remembered; throws if Ink's code is not the expected one. */
export function rememberTextWidths(source, path = 'render-node-to-output.js') {
	expectEachOnce(source, {widestCall, importLine}, 'ink-text-cache', path);

	return source.replace(importLine, widthCache).replace(widestCall, '                const currentWidth = widestLineOf(text);\n');
}

export const inkTextCache = patchOnLoad(
	'ink-text-cache',
	{filter: /[\\/]ink[\\/]build[\\/]squash-text-nodes\.js$/, patch: rememberSquashedText},
	{filter: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/, patch: rememberTextWidths},
);
