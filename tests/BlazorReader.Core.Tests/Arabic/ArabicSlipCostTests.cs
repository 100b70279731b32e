using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicSlipCostTests
{
    // Typed, meant: each kind of slip, on normalised words.
    public static TheoryData<string, string> Slips => new()
    {
        { "تمرض", "تمريض" },    // a long vowel left out
        { "تمرريض", "تمريض" },  // a letter doubled
        { "تمرضي", "تمريض" },   // two neighbours swapped
        { "تمريص", "تمريض" },   // the key beside «ض»
        { "مساءل", "مسايل" },   // hamza on the line for its seat
        { "مدرست", "مدرسه" },   // final taa for taa marbuta
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void A_common_slip_costs_less_than_an_arbitrary_letter(string typed, string meant)
    {
        Assert.InRange(ArabicSlipCost.Between(typed, meant), 0.01f, 0.99f);
    }

    [Fact]
    public void A_letter_far_from_the_one_meant_costs_a_whole_edit()
    {
        Assert.Equal(ArabicSlipCost.Arbitrary, ArabicSlipCost.Between("تمريم", "تمريض"));
    }

    [Fact]
    public void The_same_word_costs_nothing_and_two_slips_cost_more_than_one()
    {
        Assert.Equal(0f, ArabicSlipCost.Between("تمريض", "تمريض"));
        Assert.True(ArabicSlipCost.Between("تمرص", "تمريض") > ArabicSlipCost.Between("تمريص", "تمريض"));
    }

    [Fact]
    public void Keyboard_neighbours_are_the_touching_keys_of_the_arabic_layout()
    {
        Assert.True(ArabicKeyboard.AreNeighbours('ض', 'ص'));
        Assert.True(ArabicKeyboard.AreNeighbours('ب', 'ل'));
        Assert.True(ArabicKeyboard.AreNeighbours('س', 'ء'));
        Assert.False(ArabicKeyboard.AreNeighbours('ض', 'د'));
        Assert.Equal("", ArabicKeyboard.Neighbours('x'));
    }
}
