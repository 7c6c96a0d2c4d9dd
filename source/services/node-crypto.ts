// node:crypto, loaded the first time a service needs it: a static import loads it before the
// wizard's first frame (README, Performance), and the first frame never hashes or draws a token.
import {createRequire} from 'node:module';

type NodeCrypto = typeof import('node:crypto');

let loaded: NodeCrypto | undefined;

export const nodeCrypto = (): NodeCrypto => (loaded ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto);
