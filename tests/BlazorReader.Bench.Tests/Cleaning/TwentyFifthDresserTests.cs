using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyFifth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyFifthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyFifthDresser(pools);
}
