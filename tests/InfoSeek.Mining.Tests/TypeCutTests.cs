using InfoSeek.Domain.Mining;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// Where a type read from a lead sentence ends, on lead sentences of the shipped corpora (quoted as the corpus
/// text reads, links removed): a cut keeps the head noun, and what is left is a noun phrase a person would use.
/// </summary>
public sealed class TypeCutTests
{
    [Theory]
    // The region a state lies in tells it from the other states of a question; a "whose" clause is no region.
    [InlineData("India ( Devanagari: भारत Bhārat), officially the Republic of India, is a country in South Asia. It is the seventh-largest country by geographical area.",
        "a country in South Asia")]
    [InlineData("France (French: IPA: [fʁɑ̃s]), officially the French Republic, is a country whose metropolitan territory is located in Western Europe and which also comprises various overseas islands.",
        "a country")]
    // Modifiers before one head noun: the head and the modifiers nearest it stay ("film | actor" was cut before).
    [InlineData("Henry Jaynes Fonda ( May 16, 1905 – August 12, 1982) was a highly acclaimed Academy Award-winning American film actor, best known for his roles as plain-speaking idealists",
        "an Academy Award-winning American film actor")]
    // A list of one-word modifiers before a shared head: the first is no head ("an American film" was left before).
    [InlineData("Andrew Jordt Robinson (born February 14, 1942) is an American film, stage, and television actor.",
        "an American film and television actor")]
    [InlineData("Stanisław Lem is a Polish science fiction, philosophical and satirical writer.", "a Polish science fiction and satirical writer")]
    // A spelled-out ordinal ranks as a number does ("a one hundredth Archbishop of Canterbury" was shown before).
    [InlineData("Arthur Michael Ramsey was the one hundredth Archbishop of Canterbury.", "the 100th Archbishop of Canterbury")]
    // ... also where the last modifier holds an ampersand ("a pioneering American jazz" was shown before).
    [InlineData("Louis Jordan ( July 8, 1908 – February 4, 1975) was a pioneering American jazz, blues and rhythm & blues musician and songwriter who enjoyed his greatest popularity",
        "a jazz and rhythm & blues musician")]
    // Adverbs about a cut participle go with it ("a carnivorous marsupial now found only" was left before).
    [InlineData("The Tasmanian Devil (Sarcophilus harrisii), also referred to simply as 'the devil', is a carnivorous marsupial now found only in the Australian island state of Tasmania.",
        "a carnivorous marsupial")]
    // A list of nouns keeps its first head where the last one needs its complement ("delegate to ...").
    [InlineData("George Mason IV was an American planter, politician and delegate to the U.S. Constitutional Convention of 1787.", "an American planter")]
    // Two heads joined by "and": the modifiers farthest from them give way so that both fit.
    [InlineData("The Glastonbury Festival of Contemporary Performing Arts, commonly abbreviated to Glastonbury Festival or Glasto, is the largest greenfield music and performing arts festival in the world",
        "the greenfield music and performing arts festival")]
    // The and-phrase ends where "best known for" opens ("an English military" was left before).
    [InlineData("Oliver Cromwell ( April 25, 1599(1599-04-25)– September 3, 1658) was an English military and political leader best known for his involvement in making England into a republican Commonwealth",
        "an English military and political leader")]
    // A comma after a lone adjective does not end the type ("a small" was left before).
    [InlineData("The Territory of Christmas Island is a small, non self-governing Territory of Australia located in the Indian Ocean",
        "a small non self-governing Territory of Australia")]
    // So does a comma after an adjective by its suffix or one seldom a noun ("a tasteless", "an international" were left before).
    [InlineData("Water is a tasteless, odourless substance that is essential to all known forms of life and is known as the universal solvent.",
        "a tasteless odourless substance")]
    [InlineData("The World Trade Organization (WTO, French: Organisation mondiale du commerce) is an international, multilateral organization, which sets the rules for the global trading system",
        "an international multilateral organization")]
    // "-ic" too when no "and" follows ("a dharmic" was left before).
    [InlineData("Buddhism is a dharmic, non-theistic religion, a way of life, a practical philosophy", "a dharmic non-theistic religion")]
    // Two heads that fit with modifiers only are not cut again ("an iconic" and "a British Liberal Party statesman and Prime" before).
    [InlineData("James Maitland Stewart (May 20, 1908 – July 2, 1997) was an iconic, Academy Award-winning American film and stage actor, best known for his self-effacing persona",
        "an Academy Award-winning American film and stage actor")]
    [InlineData("William Ewart Gladstone (29 December 1809 – 19 May 1898) was a British Liberal Party statesman and Prime Minister of the United Kingdom",
        "a British Liberal Party statesman and Prime Minister")]
    // A participle after the head ends the type ("a political philosophy maintaining" before).
    [InlineData("Libertarianism is a political philosophy maintaining that every person is the absolute owner of his own life", "a political philosophy")]
    // A hyphen broken by a space is joined, and a quotation opened by a spaced mark is dropped.
    [InlineData("The Supremes were a very successful Motown all- female singing group active from 1959 until 1977", "a Motown all-female singing group")]
    [InlineData("Frederick was an \" enlightened monarch\" or \"enlightened despot\".", "an enlightened monarch")]
    // An apposition names the kind when the copula only says "one of the".
    [InlineData("The Beatles, an English musical group from Liverpool, were one of the most critically acclaimed and commercially successful popular music bands in history",
        "an English musical group")]
    // An "-ing" participle before a name opens what the type is not.
    [InlineData("Morecambe and Wise were a famous British comic double act comprising Eric Morecambe OBE and Ernie Wise OBE",
        "a famous British comic double act")]
    // A date's parts do not open a type.
    [InlineData("The Siege of Malakand was the 26 July – 2 August 1897 siege of the British garrison in the Malakand region",
        "the siege")]
    // A possessive among the modifiers belongs to what comes before it.
    [InlineData("Maria: or, The Wrongs of Woman is the 18th-century British feminist Mary Wollstonecraft's unfinished novelistic sequel to her revolutionary political treatise",
        "the unfinished novelistic sequel")]
    // A compound modifier with "-ing" ("Award winning") is no participle phrase.
    [InlineData("Eric Patrick Clapton CBE (born March 30, 1945), nicknamed \"Slowhand\", is a Grammy Award winning English guitarist, singer and composer, who is one of the most respected and influential",
        "a Grammy Award winning English guitarist")]
    // An initialism's full stops end no type ("a career U" was left before).
    [InlineData("Winfield Scott Hancock ( February 14, 1824 – February 9, 1886) was a career U.S. Army officer who served with distinction as a Union general in the American Civil War",
        "a career U.S. Army officer")]
    // A plural subject without an article: one of them ("Barracudas" had no type before).
    [InlineData("Barracudas are ray-finned fishes notable for their large size (up to 1.8 m or 6 ft) and fearsome appearance.", "a ray-finned fish")]
    [InlineData("Rainforests are forests characterized by high rainfall, with definitions setting minimum normal annual rainfall between 1750 mm and 2000 mm.", "a forest")]
    // ... with the "of" phrase a noun that says nothing alone needs.
    [InlineData("Jews (Hebrew: יְהוּדִים, Yehudim; Yiddish: ייִדן, Yidn) are followers of Judaism or, more generally, members of the Jewish people", "a follower of Judaism")]
    // ... and in the singular after an article too ("a mammals" before).
    [InlineData("Bats are the only mammals capable of sustained flight.", "the only mammal capable of sustained flight")]
    // A part its modifiers cannot name keeps its "of" phrase ("a European member" was shown as no type before).
    [InlineData("The Blackbird or Common Blackbird (Turdus merula) is a European member of the thrush family Turdidae.", "a European member of the thrush family Turdidae")]
    [InlineData("The Cheetah (Acinonyx jubatus) is an atypical member of the cat family (Felidae) that is unique in its speed.", "an atypical member of the cat family")]
    // ... but not an "of" phrase cut inside a name, nor the name of something: what the entity is called, not what it is.
    [InlineData("Joel Brand (1906–1964) was a leading member of the Aid and Rescue Committee in Budapest.", "a leading member")]
    [InlineData("Christopher Columbus is the incorrectly Latinized name of Don Cristoval Colon, a navigator.", "the incorrectly Latinized name")]
    public void A_type_keeps_its_head_noun(string lead, string expected)
    {
        Assert.Equal(expected, TypeDescriptor.Of(lead));
    }

    [Theory]
    // A count of the kinds a plural subject covers is no type of one of them.
    [InlineData("Anteaters are the four mammal species of the suborder Vermilingua commonly known for eating ants and termites.")]
    [InlineData("The Merseburg Incantations (German: die Merseburger Zaubersprüche) are two medieval magic spells, charms or incantations, written in Old High German.")]
    // "are often called", "are defined as": no plural type opens on an adverb or a participle.
    [InlineData("Sea-inlet lochs are often called sea lochs.")]
    [InlineData("Generally deserts are defined as areas that receive an average annual precipitation of less than 250 mm.")]
    public void A_plural_subject_without_a_type_of_one_of_them_gives_none(string lead)
    {
        Assert.Null(NounPhrases.CleanDescriptor(TypeDescriptor.Of(lead)));
    }

    [Fact]
    public void An_adjective_after_its_noun_is_not_shown_as_part_of_the_type()
    {
        // The type is cut before "in much of Europe"; the question shows it without "resident" ("a species of owl resident" before).
        var type = TypeDescriptor.Of("The Tawny Owl (Strix aluco) is a species of owl resident in much of Europe and southern Russia.");

        Assert.Equal("a species of owl", NounPhrases.CleanDescriptor(type));
        Assert.Equal("a permanent resident", NounPhrases.CleanDescriptor("a permanent resident"));
    }

    [Fact]
    public void A_rank_spelled_out_is_shown_as_the_kind()
    {
        Assert.Equal("an Archbishop of Canterbury", NounPhrases.Shown(TypeDescriptor.Of("Arthur Michael Ramsey was the one hundredth Archbishop of Canterbury.")));
    }

    [Fact]
    public void A_second_description_after_and_the_does_not_cost_the_first_its_modifiers()
    {
        var type = TypeDescriptor.Of("Zachary Taylor ( November 24, 1784 – July 9, 1850) was an American military leader and the twelfth President of the United States");
        Assert.Equal("an American military leader", NounPhrases.CleanDescriptor(type));
    }

    [Theory]
    // A participle followed by its preposition opens a phrase after the head.
    [InlineData("an island lying off the northwestern coast", "an island")]
    [InlineData("an international multi-sport event subdivided into summer", "an international multi-sport event")]
    // Dublin: a rank after "and the" joins the first noun, and the kind is what stays true.
    [InlineData("the capital and the largest city", "a capital city")]
    // Bucharest: "the capital city and industrial and commercial centre of Romania", cut after "industrial".
    [InlineData("the capital city and industrial", "a capital city")]
    // Tornado: a participle that lost its complement ("reaching" from the cloud to the ground).
    [InlineData("the thin tube reaching", "a thin tube")]
    // Ottoman Empire: "the final great Mediterranean Empire and heir to the Byzantine Empire", cut after "heir".
    [InlineData("the final great Mediterranean Empire and heir", "a great Mediterranean Empire")]
    // Haydn: one of the most prominent of a kind the cut left unnamed ("of the Classical period") is one of the kind.
    [InlineData("one of the most prominent composers", "a composer")]
    [InlineData("one of the leading practitioners", "a practitioner")]
    // Amber: "fossil resin, much valued for its colour" cut after "much".
    [InlineData("a fossil resin much", "a fossil resin")]
    public void The_question_ends_a_type_before_a_participle_and_its_preposition(string descriptor, string expected)
    {
        Assert.Equal(expected, NounPhrases.CleanDescriptor(descriptor));
    }
}
