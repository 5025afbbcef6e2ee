// The generated codecs' wire runtime: the library's own read and write functions (src/wire/), one
// import per function a codec calls, so a bundler keeps only those an app's codecs reach.

// The runtime modules, relative to gen/.
const READER = "../src/wire/reader.js";
const WRITER = "../src/wire/writer.js";

/** The runtime's symbols for generated file `f`. */
export function wireRuntime(f) {
  return {
    WireReader: f.import("WireReader", READER),
    WireWriter: f.import("WireWriter", WRITER, true),
    /** `read<Type>` of the reader, e.g. `read("Uint32")`. */
    read: (type) => f.import(`read${type}`, READER),
    /** `write<Type>` of the writer, e.g. `write("Fixed64")`. */
    write: (type) => f.import(`write${type}`, WRITER),
    /** Any other function of the reader (`skipField`). */
    reader: (name) => f.import(name, READER),
    /** Any other function of the writer (`fork`, `join`, `writeTag`). */
    writer: (name) => f.import(name, WRITER),
  };
}
