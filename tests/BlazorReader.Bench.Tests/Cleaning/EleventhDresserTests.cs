using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Eleventh;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class EleventhDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new EleventhDresser(pools);
}
