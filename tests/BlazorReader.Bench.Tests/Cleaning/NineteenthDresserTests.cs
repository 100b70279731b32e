using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Nineteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class NineteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new NineteenthDresser(pools);
}
