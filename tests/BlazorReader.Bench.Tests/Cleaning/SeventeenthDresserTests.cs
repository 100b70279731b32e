using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Seventeenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class SeventeenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new SeventeenthDresser(pools);
}
