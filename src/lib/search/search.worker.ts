import { indexBuilder } from './packedIndex';

/** Builds a search index off the main thread: texts in, the same index as on the main thread out. */
const receive = indexBuilder();
self.onmessage = (event: MessageEvent) => {
	const built = receive(event.data);
	if (built) self.postMessage(built.packed, { transfer: built.transfer });
};
