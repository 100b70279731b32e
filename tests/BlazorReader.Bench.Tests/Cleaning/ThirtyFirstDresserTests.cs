using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtyFirst;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtyFirstDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtyFirstDresser(pools);
}
