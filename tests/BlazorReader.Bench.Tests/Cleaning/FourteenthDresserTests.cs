using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Fourteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class FourteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new FourteenthDresser(pools);
}
