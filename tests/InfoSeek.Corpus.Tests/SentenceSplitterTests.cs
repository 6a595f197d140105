namespace InfoSeek.Corpus.Tests;

/// <summary>Paragraphs taken verbatim from pages.jsonl.gz (link markup removed), split as a reader would.</summary>
public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void A_route_prefix_before_a_route_does_not_end_a_sentence()
    {
        // M-28 Business (Ishpeming–Negaunee), US 31 in Michigan.
        const string text = "The former route of US 31 through downtown was designated Bus. US 31 at that time. Negaunee later carried the ALT US 41/ALT M-28 designation before being designated Bus. M-28 in 1958. They boarded the Bus. Then they left.";
        Assert.Equal(
            [
                "The former route of US 31 through downtown was designated Bus. US 31 at that time.",
                "Negaunee later carried the ALT US 41/ALT M-28 designation before being designated Bus. M-28 in 1958.",
                "They boarded the Bus.",
                "Then they left.",
            ],
            Sentences(text));
    }

    [Fact]
    public void Abbreviations_US_and_No_and_initials_do_not_end_a_sentence()
    {
        // Andrew Jackson.
        const string text = "Jackson was a Freemason, initiated at Harmony Lodge No. 1 in Tennessee; he also participated in chartering several other lodges in Tennessee. He was the only U.S. president to have served as Grand Master of a state's Grand Lodge until Harry S. Truman in 1945. His Masonic apron is on display in the Tennessee State Museum.";
        Assert.Equal(
            [
                "Jackson was a Freemason, initiated at Harmony Lodge No. 1 in Tennessee; he also participated in chartering several other lodges in Tennessee.",
                "He was the only U.S. president to have served as Grand Master of a state's Grand Lodge until Harry S. Truman in 1945.",
                "His Masonic apron is on display in the Tennessee State Museum.",
            ],
            Sentences(text));
    }

    [Fact]
    public void US_followed_by_a_pronoun_does_end_the_sentence()
    {
        // Andrew Jackson.
        const string text = "Following the war, Jackson remained in command of troops on the southern border of the U.S. He conducted business from the Hermitage.";
        Assert.Equal(2, Sentences(text).Length);
        Assert.EndsWith("border of the U.S.", Sentences(text)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bulgaria is actively involved in Antarctic research, carried out mostly from its scientific base St. Kliment Ohrdiski situated on Livingston Island in Western Antarctica.", 1)]
    [InlineData("Cleveland enjoyed many years of life after the tumor was removed, and there was some debate as to whether it was actually malignant. Several doctors, including Dr. Keen, stated after Cleveland's death that the tumor was a carcinoma.", 2)]
    [InlineData("Ravens have appeared in the works of Charles Dickens, J. R. R. Tolkien, Stephen King, George R. R. Martin and Joan Aiken among others. As in traditional mythology and folklore, the common raven features frequently in more modern writings.", 2)]
    [InlineData("The second source is the \"Anglo-Saxon Chronicle\", a collection of annals assembled in the Kingdom of Wessex in c. 890, during the reign of Alfred the Great. The \"Chronicle\" has three entries for Ælle, from 477 to 491, as follows:", 2)]
    [InlineData("For an electron to transition between two different states, e.g. grounded state to first excited level (ionization), it must absorb or emit a photon at an energy matching the difference in the potential energy of those levels.", 1)]
    [InlineData("Many enzymes possess small side activities which arose fortuitously (i.e. neutrally), which may be the starting point for the evolutionary selection of a new function. Conversely, some enzymes display enzyme promiscuity.", 2)]
    [InlineData("Boys are at higher risk for ASD than girls. The sex ratio averages 4.3:1 and is greatly modified by cognitive impairment: it may be close to 2:1 with intellectual disability and more than 5.5:1 without. Several theories about the higher prevalence in males have been investigated.", 3)]
    [InlineData("Kurt Vonnegut Jr. (; November 11, 1922April 11, 2007) was an American writer. In a career spanning over 50 years, Vonnegut published 14 novels.", 2)]
    [InlineData("Paul was inducted into the Presque Isle High School Athletic Hall of Fame (under his birth name, Paul Plissey) on Jan. 11, 2013.", 1)]
    [InlineData("Mr. Gladstone (UK-Television, 1947) - Played by Sydney Tafler;", 1)]
    public void Real_sentences_with_abbreviations_initials_and_decimals_split_correctly(string text, int expected)
    {
        Assert.Equal(expected, Sentences(text).Length);
    }

    [Fact]
    public void Closing_quotes_and_parentheses_stay_with_their_sentence()
    {
        // Apollo 11, then Logarithm.
        const string apollo = "He described the event as \"one small step for [a] man, one giant leap for mankind.\" Apollo 11 effectively ended the Space Race and fulfilled a national goal proposed in 1961 by President John F. Kennedy: \"before this decade is out, of landing a man on the Moon and returning him safely to the Earth.\"";
        Assert.Equal(
            [
                "He described the event as \"one small step for [a] man, one giant leap for mankind.\"",
                "Apollo 11 effectively ended the Space Race and fulfilled a national goal proposed in 1961 by President John F. Kennedy: \"before this decade is out, of landing a man on the Moon and returning him safely to the Earth.\"",
            ],
            Sentences(apollo));

        const string logarithm = "A function is said to grow logarithmically if is (exactly or approximately) proportional to the logarithm of . (Biological descriptions of organism growth, however, use this term for an exponential function.) For example, any natural number \"N\" can be represented in binary form in no more than bits.";
        var sentences = Sentences(logarithm);
        Assert.Equal(3, sentences.Length);
        Assert.Equal("(Biological descriptions of organism growth, however, use this term for an exponential function.)", sentences[1]);
    }

    [Fact]
    public void World_War_I_at_the_end_of_a_sentence_is_not_taken_for_an_initial()
    {
        // Ironclad warship.
        const string text = "There is no clearly defined end to the ironclad, besides the transition from wood hulls to all-metal. Ironclads continued to be used in World War I. Towards the end of the 19th century, the descriptions 'battleship' and 'armored cruiser' came to replace the term 'ironclad'.";
        Assert.Equal(3, Sentences(text).Length);
        Assert.Equal("Ironclads continued to be used in World War I.", Sentences(text)[1]);
    }

    [Fact]
    public void Line_breaks_end_sentences_so_section_headings_stand_alone()
    {
        const string text = "Apollo 11 was the spaceflight that first landed humans on the Moon\nBackground.\nIn the late 1950s and early 1960s, the United States was engaged in the Cold War.\n\n";
        Assert.Equal(
            ["Apollo 11 was the spaceflight that first landed humans on the Moon", "Background.", "In the late 1950s and early 1960s, the United States was engaged in the Cold War."],
            Sentences(text));
    }

    [Fact]
    public void A_no_break_space_after_an_abbreviation_never_splits()
    {
        Assert.Single(Sentences("It joined No.\u00a018 (Netherlands East Indies) Squadron RAAF in 1942."));
    }

    [Fact]
    public void Spans_are_trimmed_ordered_and_inside_the_text()
    {
        const string text = "  First one!  Second one?   Third one...  ";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(["First one!", "Second one?", "Third one..."], Sentences(text));
        Assert.Equal(spans.OrderBy(s => s.Start), spans);
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n \n"));
    }

    [Fact]
    public void Every_sample_page_splits_into_trimmed_non_overlapping_sentences()
    {
        var index = SampleCorpus.Index;
        for (var i = 0; i < index.PageCount; i += 97)
        {
            var text = index.GetPage(i).Text;
            var end = 0;
            foreach (var span in SentenceSplitter.Split(text))
            {
                Assert.True(span.Start >= end && span.Length > 0 && span.Start + span.Length <= text.Length);
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.Start + span.Length - 1]));
                Assert.DoesNotContain('\n', text.Substring(span.Start, span.Length));
                end = span.Start + span.Length;
            }
        }
    }
}
