using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace BlazorReader.Search.Indexing;

// NIOFSDirectory without its detour: there every buffer refill takes a lock, asks the file
// for its length, seeks, reads through FileStream's own buffer and seeks back, and those
// refills were a third of a search's time. Here a refill is one positional read on a
// handle that every clone and compound-file slice shares: positional reads need no lock.
internal sealed class PositionalReadDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenHandle(name);
        return new Input($"{nameof(PositionalReadDirectory)}({name})", file, 0, RandomAccess.GetLength(file), BufferedIndexInput.GetBufferSize(context), ownsFile: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, OpenHandle(name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private sealed class Slicer(string name, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"{nameof(PositionalReadDirectory)}({sliceDescription} in {name})", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading compound files of 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
        }
    }

    // A window [start, start + length) of a file; clones share the handle and never close it.
    private sealed class Input(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool owner = ownsFile;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var at = start + Position;
            if (Position + count > length) throw new EndOfStreamException($"read past EOF: {this}");
            var into = b.AsSpan(offset, count);
            while (into.Length > 0)
            {
                var read = RandomAccess.Read(file, into, at);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
                at += read;
                into = into[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.owner = false;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner) file.Dispose();
        }
    }
}
