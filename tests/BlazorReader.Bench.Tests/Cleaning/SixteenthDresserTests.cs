using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Sixteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class SixteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new SixteenthDresser(pools);
}
