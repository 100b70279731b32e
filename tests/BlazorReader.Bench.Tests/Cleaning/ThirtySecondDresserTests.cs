using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtySecond;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtySecondDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtySecondDresser(pools);
}
