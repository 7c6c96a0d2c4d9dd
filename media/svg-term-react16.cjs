// svg-term renders with its own React 16, but npm hoisted its styling library (@stiligita/react)
// next to the project's React 19, whose elements React 16 cannot render. Preloaded into svg-term
// only (node --require), this sends that library's `react` to the copy svg-term ships with.
const Module = require('node:module');
const path = require('node:path');

const svgTermReact = path.join(__dirname, '../node_modules/svg-term/node_modules/react/index.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
	if (request === 'react' && parent?.filename?.includes(`${path.sep}@stiligita${path.sep}`)) {
		return svgTermReact;
	}

	return resolve.call(this, request, parent, ...rest);
};
