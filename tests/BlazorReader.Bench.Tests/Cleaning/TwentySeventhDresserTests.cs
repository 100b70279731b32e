using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentySeventh;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentySeventhDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentySeventhDresser(pools);
}
