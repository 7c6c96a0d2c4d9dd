// The wizard's load step reads the server the same way the engine does (source/engine/load-server.ts).
export {loadServer, loadServerContext} from '../../engine/load-server.js';
