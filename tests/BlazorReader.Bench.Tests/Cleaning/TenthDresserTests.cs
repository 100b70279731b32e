using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Tenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TenthDresser(pools);
}
