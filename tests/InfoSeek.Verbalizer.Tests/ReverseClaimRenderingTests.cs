using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>
/// A relation read from the target's page ("B is bordered by A", said on Musca's page about Apus) is written as an
/// object relative clause: "the constellation that … is bordered by", its target described in a "where" part.
/// </summary>
public sealed class ReverseClaimRenderingTests
{
    private const string MuscaSentence =
        "Musca is bordered by Crux to the north, Carina to the west, Chamaeleon to the south, Apus and Circinus to the east, and Centaurus to the northeast.";

    private static readonly Evidence OnMusca = new("Musca", MuscaSentence, 0, MuscaSentence.Length);

    private static readonly Evidence OnApus = new("Apus", "Apus was one of twelve constellations published by Petrus Plancius.", 0, 66);

    private static TreeClaim BorderedBy(int child) => new("B is bordered by A", ClaimKind.Relation, child, "Musca", OnMusca, EvidenceOnTarget: true);

    [Fact]
    public void A_reverse_relation_to_a_leaf_reads_as_an_object_relative_clause()
    {
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Apus", "a small constellation in the southern sky", true,
                [new TreeClaim("A was one of twelve constellations published by B", ClaimKind.Relation, null, "Petrus Plancius", OnApus), BorderedBy(1)], null),
            new VertexSnapshot(1, 0, "Musca", "a small constellation in the deep southern sky", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Equal(
            "What is a small constellation in the southern sky that was one of twelve constellations published by Petrus Plancius and by which a small constellation in the deep southern sky is bordered?",
            question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_reverse_relation_does_not_repeat_the_type_its_target_is_written_as()
    {
        var evidence = new Evidence("Botswana", "Botswana is a landlocked country in Southern Africa.", 0, 52);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Southern Africa", "the southernmost region of the African continent", true,
                [new TreeClaim("B is a landlocked country in A", ClaimKind.Relation, 1, "Botswana", evidence, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Botswana", "a landlocked country", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        // The answer's definite type ("the southernmost region of the African continent") would name it: its kind stands instead.
        Assert.Equal("What is a region that has a landlocked country?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_reverse_relation_does_not_repeat_the_type_of_a_second_target_of_its_kind()
    {
        // Vivien Leigh's question read "a region in which a country is a leading military power and in which a second
        // country is a country".
        var onAlgeria = new Evidence("Algeria", "Algeria is a leading military power in North Africa.", 0, 52);
        var onEgypt = new Evidence("Egypt", "Egypt is a country in North Africa.", 0, 35);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "North Africa", "the northernmost region", true,
            [
                new TreeClaim("B is a leading military power in A", ClaimKind.Relation, 1, "Algeria", onAlgeria, EvidenceOnTarget: true),
                new TreeClaim("B is a country in A", ClaimKind.Relation, 2, "Egypt", onEgypt, EvidenceOnTarget: true),
            ], null),
            new VertexSnapshot(1, 0, "Algeria", "the largest country", false, [], null),
            new VertexSnapshot(2, 0, "Egypt", "a country", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.DoesNotContain("country is a country", question, StringComparison.Ordinal);
        Assert.Equal("What is a region in which a country is a leading military power and that has another country?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_reverse_relation_does_not_repeat_the_type_before_an_ing_participle()
    {
        // Kochi's question read "a country that an international cricket team is an international cricket team representing".
        var evidence = new Evidence("Indian cricket team", "The Indian cricket team is an international cricket team representing India.", 0, 76);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "India", "a country", true,
                [new TreeClaim("B is an international cricket team representing A", ClaimKind.Relation, 1, "Indian cricket team", evidence, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Indian cricket team", "an international cricket team", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Equal("What is a country that an international cricket team is representing?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_named_subject_that_its_sentence_opens_with_the_keeps_it()
    {
        var evidence = new Evidence("World Health Organization", "The World Health Organization is an agency of the United Nations.", 0, 64);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "United Nations", "an international organization", true,
                [new TreeClaim("B is an agency of A", ClaimKind.Relation, null, "World Health Organization", evidence, EvidenceOnTarget: true)], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Equal("What is an international organization of which the World Health Organization is an agency?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Theory]
    [InlineData("B is the largest surviving carnivorous marsupial in A", "a carnivorous marsupial", "What is a country in which a carnivorous marsupial is the largest surviving one?")]
    [InlineData("B is the most populous city in A", "a populous city", "What is a country in which a populous city is the most populous one?")]
    public void A_reverse_superlative_names_its_target_s_kind_once(string claim, string type, string expected)
    {
        var evidence = new Evidence("Tasmanian Devil", "The Tasmanian Devil is the largest surviving carnivorous marsupial in Australia.", 0, 80);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Australia", "a country", true, [new TreeClaim(claim, ClaimKind.Relation, 1, "Tasmanian Devil", evidence, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Tasmanian Devil", type, false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Equal(expected, question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_described_target_of_a_reverse_relation_moves_to_a_where_part()
    {
        var muscaClaim = new TreeClaim("A was one of twelve constellations created by B", ClaimKind.Relation, null, "Petrus Plancius",
            new Evidence("Musca", "Musca was one of twelve constellations created by Petrus Plancius.", 0, 66));
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Apus", "a small constellation in the southern sky", true, [BorderedBy(1)], null),
            new VertexSnapshot(1, 0, "Musca", "a small constellation in the deep southern sky", true, [muscaClaim], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Equal(
            "What is a small constellation in the southern sky by which a small constellation in the deep southern sky is bordered, where the small constellation in the deep southern sky was one of twelve constellations created by Petrus Plancius?",
            question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_clause_does_not_repeat_its_type_before_a_preposition_or_a_participle()
    {
        var onHeyJude = new Evidence("Hey Jude", "\"Hey Jude\" is a ballad recorded by the Beatles.", 0, 47);
        var onMambazo = new Evidence("Ladysmith Black Mambazo", "Ladysmith Black Mambazo is a chorus from South Africa.", 0, 53);
        var ballad = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Hey Jude", "a ballad", true, [new TreeClaim("A is a ballad recorded by B", ClaimKind.Relation, 1, "The Beatles", onHeyJude)], null),
            new VertexSnapshot(1, 0, "The Beatles", "a rock band", false, [], null),
        ]);
        var country = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "South Africa", "a country", true,
                [new TreeClaim("B is a chorus from A", ClaimKind.Relation, 1, "Ladysmith Black Mambazo", onMambazo, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Ladysmith Black Mambazo", "a chorus", false, [], null),
        ]);

        Assert.Equal("What is a ballad that is recorded by a rock band?", QuestionGrammar.Question(ballad));
        Assert.Equal("What is a country that a chorus is from?", QuestionGrammar.Question(country));
        Assert.Null(QuestionChecks.Problem(QuestionGrammar.Question(ballad), ballad));
    }

    [Fact]
    public void A_role_the_target_s_type_names_is_not_said_twice()
    {
        const string sentence = "Dill has long been cultivated as a herb throughout Europe and north Africa as well as in its native Asia.";
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Europe", "a continent", true,
                [new TreeClaim("B has long been cultivated as a herb throughout A", ClaimKind.Relation, 1, "Dill", new Evidence("Dill", sentence, 0, sentence.Length), EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Dill", "a short-lived annual herb", false, [], null),
        ]);

        // Not "a short-lived annual herb has long been cultivated as a herb".
        Assert.Equal("What is a continent throughout which a short-lived annual herb has long been cultivated?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_title_the_type_says_in_lower_case_is_written_once()
    {
        const string sentence = "Sherman served under General Ulysses S. Grant in 1862 and 1863.";
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "William Tecumseh Sherman", "an American soldier", true,
                [new TreeClaim("A served under General B", ClaimKind.Relation, 1, "Ulysses S. Grant", new Evidence("William Tecumseh Sherman", sentence, 0, sentence.Length))], null),
            new VertexSnapshot(1, 0, "Ulysses S. Grant", "an American general and politician", false, [], null),
        ]);

        // Not "served under a General (an American general and politician)".
        Assert.Equal("Who is an American soldier who served under an American general and politician?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void The_preposition_before_the_object_leads_the_relative_clause()
    {
        // Jordan's page: "On 30 May 1967, Jordan signed a mutual defense pact with Egypt."
        var onJordan = new Evidence("Jordan", "On 30 May 1967, Jordan signed a mutual defense pact with Egypt.", 0, 63);
        var onMcClintock = new Evidence("Barbara McClintock", "McClintock was awarded the National Medal of Science by Richard Nixon in 1971.", 0, 78);
        var egypt = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Egypt", "a country", true,
                [new TreeClaim("B signed a mutual defense pact with A", ClaimKind.Relation, null, "Jordan", onJordan, EvidenceOnTarget: true)], null),
        ]);
        var nixon = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Richard Nixon", "the 37th President", true,
                [new TreeClaim("B was awarded the National Medal of Science by A", ClaimKind.Relation, 1, "Barbara McClintock", onMcClintock, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Barbara McClintock", "a pioneering American scientist", false, [], null),
        ]);

        Assert.Equal("What is a country with which Jordan signed a mutual defense pact?", QuestionGrammar.Question(egypt));
        Assert.Equal("Who is a President by whom a pioneering American scientist was awarded the National Medal of Science?", QuestionGrammar.Question(nixon));

        // A preposition that a participle after a description governs stays with it.
        const string onEritrea = "Eritrea is a country in northern East Africa bordered by Sudan in the west.";
        var sudan = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Sudan", "a country", true,
                [new TreeClaim("B is a country in northern East Africa bordered by A", ClaimKind.Relation, null, "Eritrea", new Evidence("Eritrea", onEritrea, 0, onEritrea.Length), EvidenceOnTarget: true)], null),
        ]);
        Assert.Equal("What is a country that Eritrea is a country in northern East Africa bordered by?", QuestionGrammar.Question(sudan));
    }

    [Theory]
    // The preposition hangs on the verb, its object or its complement: it leads.
    [InlineData("Elizabeth II of the United Kingdom", "Apart from the United Kingdom, Elizabeth II is also Queen of Canada and Australia.", "B is Queen of A",
        "a country", "What is a country of which Elizabeth II of the United Kingdom is Queen?")]
    [InlineData("Spain", "Spain is bound to the south and east by Mediterranean Sea.", "B is bound to the south and east by A",
        "a country", "What is a country by which Spain is bound to the south and east?")]
    [InlineData("Gottfried Leibniz", "In 1673, Leibniz was forced to return to Paris.", "B was forced to return to A",
        "a city", "What is a city to which Gottfried Leibniz was forced to return?")]
    [InlineData("Gold", "Gold dissolves in mercury at room temperature.", "B dissolves in A", "a chemical element", "What is a chemical element in which Gold dissolves?")]
    [InlineData("Tony Blair", "Blair was born at the Queen Mary Maternity Home in Edinburgh.", "B was born at the Queen Mary Maternity Home in A",
        "a city", "What is a city in which Tony Blair was born at the Queen Mary Maternity Home?")]
    // After "died" and the cause of a death ("that T. S. Eliot died of emphysema in" was written before).
    [InlineData("T. S. Eliot", "Eliot died of emphysema in London on January 4, 1965.", "B died of emphysema in A",
        "a city", "What is a city in which T. S. Eliot died of emphysema?")]
    [InlineData("Louis Jordan", "Jordan died in Los Angeles of a heart attack.", "B died in A", "a city", "What is a city in which Louis Jordan died?")]
    // "Of" completes a noun: leading with it would attach it to the verb and say something else, so it stays behind.
    [InlineData("Indus Valley Civilization", "Besides the western states of India, the Indus Valley Civilization encompassed most of Pakistan.",
        "B encompassed most of A", "a country", "What is a country that the Indus Valley Civilization encompassed most of?")]
    [InlineData("Syria", "Syria is significant in the history of Christianity.", "B is significant in the history of A",
        "a country", "What is a country that Syria is significant in the history of?")]
    // A preposition other than "of" leads whatever it hangs on, where "that … in" would strand it.
    [InlineData("Henry Morrison Flagler", "Flagler wanted to take advantage of additional trade with Cuba and Latin America.",
        "B wanted to take advantage of additional trade with A", "a country", "What is a country with which Henry Morrison Flagler wanted to take advantage of additional trade?")]
    [InlineData("Melbourne", "More commonly, Melbourne experiences frosts and fog in winter.", "B experiences frosts and fog in A",
        "a season", "What is a season in which Melbourne experiences frosts and fog?")]
    [InlineData("Albert Einstein", "He disapproved of the totalitarian regimes in the Soviet Union and elsewhere.", "B disapproved of the totalitarian regimes in A",
        "a state", "What is a state in which Albert Einstein disapproved of the totalitarian regimes?")]
    [InlineData("Dill", "Dill has long been cultivated as a herb throughout Europe and north Africa as well as in its native Asia.",
        "B has long been cultivated as a herb throughout A", "a continent", "What is a continent throughout which Dill has long been cultivated as a herb?")]
    // A name says what it is: its description goes, and the participle leads its preposition's clause.
    [InlineData("Bontebok", "The Bontebok is an antelope found in South Africa and Lesotho.", "B is an antelope found in A",
        "a country", "What is a country in which the Bontebok is found?")]
    // Participles joined by "and" are the clause's verb ("that Voltaire is remembered and honored in" was written before).
    [InlineData("Voltaire", "Voltaire is remembered and honored in France as a courageous polemicist.", "B is remembered and honored in A",
        "a country", "What is a country in which Voltaire is remembered and honored?")]
    // A participle that qualifies a noun keeps its preposition ("by whom … a committee headed" would split them).
    [InlineData("Isambard Kingdom Brunel", "Brunel submitted four designs to a committee headed by Thomas Telford and gained approval.",
        "B submitted four designs to a committee headed by A", "a civil engineer", "Who is a civil engineer who Isambard Kingdom Brunel submitted four designs to a committee headed by?")]
    public void A_preposition_leads_the_relative_clause_unless_it_completes_a_noun_or_a_participle(string page, string sentence, string claim, string kind, string question)
    {
        Assert.Equal(question, QuestionGrammar.Question(NamedOnItsPage(("The answer", kind), claim, page, sentence)));
    }

    [Fact]
    public void An_object_s_modifiers_give_way_to_its_description()
    {
        // "where a capital city was declared capital of the newly unified the country in Southern Europe" was written before,
        // and "that a capital city was declared capital of the newly unified?" shipped.
        var declared = new Evidence("Rome", "In 1871, Rome was declared capital of the newly unified Italy.", 0, 62);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Italy", "a country in Southern Europe", true,
                [new TreeClaim("B was declared capital of the newly unified A", ClaimKind.Relation, 1, "Rome", declared, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Rome", "a capital city", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        // As the object of a relative clause the modifiers would be stranded: the question is refused, not shipped.
        Assert.Equal("What is a country in Southern Europe that a capital city was declared capital of the newly unified?", question);
        Assert.Contains("modifiers without their noun", QuestionChecks.Problem(question, tree), StringComparison.Ordinal);

        // Met again in a "where" part, the object is written as a reference.
        var attacked = new Evidence("Benito Mussolini", "Mussolini attacked Greece in October 1940.", 0, 42);
        var invaded = new Evidence("Italy", "Italy invaded Greece in October 1940.", 0, 37);
        var fled = new Evidence("Mark Antony", "Mark Antony fled to Greece.", 0, 27);
        var bordered = new Evidence("France", "France is bordered by Belgium, Germany and Italy.", 0, 49);
        var deep = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Benito Mussolini", "a prime minister and dictator", true,
                [new TreeClaim("A attacked B", ClaimKind.Relation, 1, "Greece", attacked)], null),
            new VertexSnapshot(1, 0, "Greece", "a country", true,
                [new TreeClaim("B invaded A", ClaimKind.Relation, 2, "Italy", invaded, EvidenceOnTarget: true),
                 new TreeClaim("Mark Antony fled to A", ClaimKind.Relation, null, "Mark Antony", fled, EvidenceOnTarget: true)], null),
            new VertexSnapshot(2, 1, "Italy", "a country in Southern Europe", true,
                [new TreeClaim("B was declared capital of the newly unified A", ClaimKind.Relation, 3, "Rome", declared, EvidenceOnTarget: true),
                 new TreeClaim("France is bordered by A", ClaimKind.Relation, null, "France", bordered, EvidenceOnTarget: true)], null),
            new VertexSnapshot(3, 2, "Rome", "a capital city", false, [], null),
        ]);

        var deepQuestion = QuestionGrammar.Question(deep);
        Assert.Contains("was declared capital of the newly unified country in Southern Europe", deepQuestion, StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(deepQuestion, deep));
    }


    [Fact]
    public void A_member_written_as_its_kind_is_not_said_twice()
    {
        const string sentence = "The World Health Organization (WHO) is a specialized agency of the United Nations, acting as a coordinating authority on international public health, headquartered in Geneva, Switzerland.";
        var onWho = new Evidence("World Health Organization", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "United Nations", "an international organization", true,
                [new TreeClaim("B is a specialized agency of A", ClaimKind.Relation, 1, "World Health Organization", onWho, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "World Health Organization", "a specialized agency", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);
        Assert.Equal("What is an international organization that has a specialized agency?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_member_in_the_target_written_as_its_indefinite_kind_is_not_said_twice()
    {
        const string sentence = "Tropical Storm Lee was a weak storm in the 2005 Atlantic hurricane season that briefly reached tropical storm strength late in August over the central Atlantic.";
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "2005 Atlantic hurricane season", "an Atlantic hurricane season", true,
                [new TreeClaim("B was a weak storm in A", ClaimKind.Relation, 1, "Tropical Storm Lee (2005)", new Evidence("Tropical Storm Lee (2005)", sentence, 0, sentence.Length), EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Tropical Storm Lee (2005)", "a weak storm", false, [], null),
        ]);

        // Not "that a weak storm was in".
        Assert.Equal("What is an Atlantic hurricane season that had a weak storm?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_member_in_the_target_written_as_its_kind_is_not_said_twice()
    {
        const string sentence = "The Church of England is the officially established Christian church in England.";
        var onChurch = new Evidence("Church of England", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "England", "a nation", true,
                [new TreeClaim("B is the officially established Christian church in A", ClaimKind.Relation, 1, "Church of England", onChurch, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Church of England", "the officially established Christian church", false, [], null),
        ]);

        Assert.Equal("What is a nation that has an officially established Christian church?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_type_is_not_said_twice_whatever_article_the_claim_gives_it()
    {
        const string sentence = "The Church of England is the officially established Christian church in England.";
        var onChurch = new Evidence("Church of England", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Church of England", "the officially established Christian church", true,
                [new TreeClaim("A is the officially established Christian church in B", ClaimKind.Relation, 1, "England", onChurch)], null),
            new VertexSnapshot(1, 0, "England", "a nation", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);
        Assert.DoesNotContain("church that is the officially established Christian church", question, StringComparison.Ordinal);
        Assert.Contains("that is in a nation", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_needs_its_own_of_phrase_is_not_turned_into_has()
    {
        // "Computer science ... is the study of the theoretical foundations of information": Information does not "have"
        // the study of the theoretical foundations.
        const string sentence = "Computer science, or computing science, is the study of the theoretical foundations of information and computation.";
        var onCs = new Evidence("Computer science", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Information", "a result", true,
                [new TreeClaim("B is the study of the theoretical foundations of A", ClaimKind.Relation, 1, "Computer science", onCs, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Computer science", "the study of the theoretical foundations", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);
        Assert.DoesNotContain(" has the study", question, StringComparison.Ordinal);
        Assert.Contains("the theoretical foundations of", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_noun_that_a_relative_clause_hangs_on_is_kept()
    {
        const string sentence = "Prostate cancer is a disease in which cancer develops in the prostate, a gland in the male reproductive system.";
        var onPage = new Evidence("Prostate cancer", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Prostate cancer", "a disease", true, [new TreeClaim("A is a disease in which B develops", ClaimKind.Relation, 1, "Cancer", onPage)], null),
            new VertexSnapshot(1, 0, "Cancer", "a class of diseases", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);
        Assert.DoesNotContain("is in which", question, StringComparison.Ordinal);
        Assert.Contains("a disease in which a class of diseases develops", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compass_word_before_a_described_target_is_dropped_with_the_name_it_modified()
    {
        var tree = RootAndLeaf(("Lake Tanganyika", "a large lake"), "A is a large lake in central B", ("Africa", "a continent"), "Lake Tanganyika is a large lake in central Africa.");

        Assert.Equal("What is a large lake that is in a continent?", QuestionGrammar.Question(tree));

        // "Canadian English (CaE) is a variety of English used in Canada.": "used" is a participle too.
        var english = RootAndLeaf(("Canadian English", "a variety of English"), "A is a variety of English used in B", ("Canada", "a country"), "Canadian English (CaE) is a variety of English used in Canada.");
        Assert.Equal("What is a variety of English that is used in a country?", QuestionGrammar.Question(english));

        // "Mauritania is a country in northwest Africa", "Nepal is a country in South Asia": capitalised or not.
        foreach (var (sentence, claim) in new[] { ("Mauritania is a country in northwest Africa.", "A is a country in northwest B"), ("Mauritania is a country in North Africa.", "A is a country in North B") })
        {
            var country = RootAndLeaf(("Mauritania", "a country"), claim, ("Africa", "a continent"), sentence);
            Assert.Equal("What is a country that is in a continent?", QuestionGrammar.Question(country));
        }
    }

    [Fact]
    public void A_participle_before_the_target_leads_its_type_an_untyped_answer_is_its_one_claim_and_a_verb_agrees_with_the_type()
    {
        var newton = RootAndLeaf(("Isaac Newton", "an English physicist"), "A invented the reflecting B", ("Telescope", "an instrument"), "Newton built the first practical reflecting telescope.");
        Assert.Equal("Who is an English physicist who invented the reflecting instrument?", QuestionGrammar.Question(newton));

        // "What is the entity that is the capital of a land-locked country?" says the same as its one claim.
        var maseru = RootAndLeaf(("Maseru", "the capital of Lesotho"), "A is the capital of B", ("Lesotho", "a land-locked country"), "Maseru is the capital of Lesotho.");
        Assert.Equal("What is the capital of a land-locked country?", QuestionGrammar.Question(maseru));

        var germany = RootAndLeaf(("Germany", "a country"), "B have long been popular in A", ("Tom and Jerry (MGM)", "an animated cat and mouse team"), "Tom and Jerry have long been popular in Germany.");
        Assert.Contains("an animated cat and mouse team has long been popular", QuestionGrammar.Question(germany), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_before_a_described_target_is_an_apposition_and_two_of_one_title_are_told_apart_without_a_rank()
    {
        // Gerald Ford's question read "was defeated by a Democrat (another President) who visited Panama".
        var onFord = new Evidence("Gerald Ford", "Ford was subsequently defeated by Democrat Jimmy Carter in the 1976 presidential election.", 0, 88);
        var onCarter = new Evidence("Jimmy Carter", "In June 1978, Jimmy Carter visited Panama with his wife.", 0, 56);
        var ford = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Gerald Ford", "the 38th President", true, [new TreeClaim("A was defeated by Democrat B", ClaimKind.Relation, 1, "Jimmy Carter", onFord)], null),
            new VertexSnapshot(1, 0, "Jimmy Carter", "the 39th President", true, [new TreeClaim("A visited Panama", ClaimKind.Relation, null, "Panama", onCarter)], null),
        ]);
        var question = QuestionGrammar.Question(ford);
        Assert.Equal("Who is a President who was defeated by another President, a Democrat, who visited Panama?", question);
        Assert.Null(QuestionChecks.Problem(question, ford));

        // Liberia's read "where the first President began studying the Bible": the first President is Washington.
        var onBush = new Evidence("George W. Bush", "In 2003, Bush authorized U.S. military intervention in Haiti and Liberia.", 0, 73);
        var bible = new Evidence("George W. Bush", "Bush began studying the Bible.", 0, 30);
        var onCarter2 = new Evidence("Jimmy Carter", "In March 2004, Carter condemned George W. Bush for waging an unnecessary war.", 0, 77);
        var liberia = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Liberia", "a country", true, [new TreeClaim("B authorized U.S. military intervention in A", ClaimKind.Relation, 1, "George W. Bush", onBush, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "George W. Bush", "the 43rd President", true,
                [new TreeClaim("B condemned A", ClaimKind.Relation, 2, "Jimmy Carter", onCarter2, EvidenceOnTarget: true), new TreeClaim("A began studying the Bible", ClaimKind.Relation, null, "Bible", bible)], null),
            new VertexSnapshot(2, 1, "Jimmy Carter", "the 39th President", false, [], null),
        ]);
        var where = QuestionGrammar.Question(liberia);
        Assert.DoesNotContain("the first President", where, StringComparison.Ordinal);
        Assert.Contains("the first-named President", where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_that_tells_a_state_from_no_other_is_left_off_its_reference()
    {
        var refugees = new Evidence("Sweden", "Sweden has also taken in refugees from Iran, Iraq and Palestine.", 0, 64);
        var founding = new Evidence("Iran", "Iran is a founding member of the United Nations organization.", 0, 61);
        var escaped = new Evidence("Niels Bohr", "In 1943, Bohr escaped to Sweden, and then traveled to London.", 0, 61);
        var bird = new Evidence("Blackbird", "The blackbird is also the national bird of Sweden.", 0, 50);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Iran", "a southwest Asian country", true,
                [new TreeClaim("B has taken in refugees from A", ClaimKind.Relation, 1, "Sweden", refugees, EvidenceOnTarget: true),
                 new TreeClaim("A is a founding member of the United Nations organization", ClaimKind.Relation, null, "United Nations", founding)], null),
            new VertexSnapshot(1, 0, "Sweden", "a Nordic country in Scandinavia", true,
                [new TreeClaim("B escaped to A", ClaimKind.Relation, 2, "Niels Bohr", escaped, EvidenceOnTarget: true),
                 new TreeClaim("B is the national bird of A", ClaimKind.Relation, null, "Blackbird", bird, EvidenceOnTarget: true)], null),
            new VertexSnapshot(2, 1, "Niels Bohr", "a Danish physicist", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        // Both states are countries, so the reference keeps "Nordic"; no other Nordic country needs the region.
        Assert.Contains("a Nordic country in Scandinavia has taken in refugees", question, StringComparison.Ordinal);
        Assert.Contains("escaped to the Nordic country,", question, StringComparison.Ordinal);
        Assert.DoesNotContain("the Nordic country in Scandinavia", question, StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_region_a_claim_states_is_not_said_again_by_the_type()
    {
        var member = new Evidence("Lithuania", "Lithuania has been a member state of the European Union since May 1, 2004.", 0, 75);
        var situated = new Evidence("Lithuania", "Lithuania is situated in northern Europe and is the largest and most populous of the Baltic states.", 100, 99);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Lithuania", "a country in northern Europe", true,
                [new TreeClaim("A has been a member state of the B", ClaimKind.Relation, 1, "European Union", member),
                 new TreeClaim("A is situated in northern Europe", ClaimKind.Relation, null, "Europe", situated)], null),
            new VertexSnapshot(1, 0, "European Union", "a supranational and intergovernmental union", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.StartsWith("What is a country that ", question, StringComparison.Ordinal);
        Assert.Contains("is situated in northern Europe", question, StringComparison.Ordinal);
        Assert.DoesNotContain("country in northern Europe", question, StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_type_met_once_is_referred_to_by_its_head_noun_in_a_where_part()
    {
        // Malaria's question read "where the English military and political leader's body was exhumed from an abbey, and
        // the English military and political leader left Ireland".
        var suffered = new Evidence("Oliver Cromwell", "Cromwell is thought to have suffered from malaria and from stone.", 0, 66);
        var common = new Evidence("Malaria", "Malaria was once common in the United States and southern Europe.", 0, 65);
        var exhumed = new Evidence("Oliver Cromwell", "In 1661, Oliver Cromwell's body was exhumed from Westminster Abbey.", 0, 67);
        var left = new Evidence("Oliver Cromwell", "Cromwell left Ireland in May 1650.", 0, 34);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Malaria", "an infectious disease", true,
                [new TreeClaim("B is thought to have suffered from A", ClaimKind.Relation, 1, "Oliver Cromwell", suffered, EvidenceOnTarget: true),
                 new TreeClaim("A was once common in the B", ClaimKind.Relation, 3, "United States", common)], null),
            new VertexSnapshot(1, 0, "Oliver Cromwell", "an English military and political leader", true,
                [new TreeClaim("A's body was exhumed from B", ClaimKind.Relation, 2, "Westminster Abbey", exhumed), new TreeClaim("A left Ireland", ClaimKind.Relation, null, "Ireland", left)], null),
            new VertexSnapshot(2, 1, "Westminster Abbey", "an abbey", false, [], null),
            new VertexSnapshot(3, 0, "United States", "a country", false, [], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.Contains("an English military and political leader", question, StringComparison.Ordinal);
        Assert.Contains("where the leader's body was exhumed from an abbey, and the leader left Ireland", question, StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(question, tree));

        // "a long-running Australian soap opera" is "the soap opera" after, not "the opera".
        var soap = tree with { Vertices = [.. tree.Vertices.Select(v => v.Id == 1 ? v with { TypeDescriptor = "a long-running Australian soap opera" } : v)] };
        Assert.Contains("where the soap opera's body", QuestionGrammar.Question(soap), StringComparison.Ordinal);
        var facto = tree with { Vertices = [.. tree.Vertices.Select(v => v.Id == 1 ? v with { TypeDescriptor = "a de facto leader" } : v)] };
        Assert.Contains("where the leader's body", QuestionGrammar.Question(facto), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hyphenated_compass_word_a_people_s_adjective_and_a_common_noun_named_at_a_sentence_start_read_as_English()
    {
        // "Angola is a country in south-central Africa": not "in a continent, a south-central,".
        var angola = RootAndLeaf(("Angola", "a country"), "A is a country in south-central B", ("Africa", "a continent"), "Angola is a country in south-central Africa.");
        Assert.Equal("What is a country that is in a continent?", QuestionGrammar.Question(angola));

        // "Socrates was critical of Athenian democracy": an adjective, not a title ("an Athenian (a form of government)").
        var socrates = RootAndLeaf(("Socrates", "an ancient Greek philosopher"), "A was critical of Athenian B", ("Democracy", "a form of government"), "Socrates was critical of Athenian democracy.");
        Assert.Equal("Who is an ancient Greek philosopher who was critical of an Athenian form of government?", QuestionGrammar.Question(socrates));

        // "The dandelion is native to Europe and Asia", read on the dandelion's page: as the sentence writes it, not "Dandelion".
        var europe = NamedOnItsPage(("Europe", "a continent"), "B is native to A", "Dandelion", "The dandelion is native to Europe and Asia, and has spread to many other places.");
        var question = QuestionGrammar.Question(europe);
        Assert.Contains("the dandelion is native", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Dandelion", question, StringComparison.Ordinal);

        // "In fact, the Ottoman Empire … entered into a military alliance with France": the name keeps its "the".
        var france = NamedOnItsPage(("France", "a country"), "B entered into a military alliance with A", "Ottoman Empire",
            "In fact, the Ottoman Empire was by this time a significant and accepted part of the European political sphere, and entered into a military alliance with France.");
        Assert.Contains("the Ottoman Empire entered into a military alliance", QuestionGrammar.Question(france), StringComparison.Ordinal);
    }

    /// <summary>A root alone, with one relation "B … A" to a named page, read on that page.</summary>
    private static TreeSnapshot NamedOnItsPage((string Title, string Type) root, string claim, string page, string sentence) => new(
    [
        new VertexSnapshot(0, null, root.Title, root.Type, true,
            [new TreeClaim(claim, ClaimKind.Relation, null, page, new Evidence(page, sentence, 0, sentence.Length), EvidenceOnTarget: true)], null),
    ]);

    /// <summary>A root with one relation to a leaf; a claim starting "B " was read on the leaf's page.</summary>
    private static TreeSnapshot RootAndLeaf((string Title, string Type) root, string claim, (string Title, string Type) leaf, string sentence)
    {
        var onTarget = claim.StartsWith("B ", StringComparison.Ordinal);
        var evidence = new Evidence(onTarget ? leaf.Title : root.Title, sentence, 0, sentence.Length);
        return new TreeSnapshot(
        [
            new VertexSnapshot(0, null, root.Title, root.Type, true, [new TreeClaim(claim, ClaimKind.Relation, 1, leaf.Title, evidence, EvidenceOnTarget: onTarget)], null),
            new VertexSnapshot(1, 0, leaf.Title, leaf.Type, false, [], null),
        ]);
    }

    [Fact]
    public void A_trajectory_clue_writes_its_hidden_target_as_the_question_does()
    {
        var onMitch = new Evidence("Hurricane Mitch", "Hurricane Mitch formed in the western Caribbean Sea.", 0, 52);
        var claim = new TreeClaim("A formed in the western B", ClaimKind.Relation, 1, "Caribbean Sea", onMitch);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Hurricane Mitch", "one of the deadliest", true, [claim], null),
            new VertexSnapshot(1, 0, "Caribbean Sea", "a tropical sea", false, [], null),
        ]);
        var clue = ReaderClues.Of(tree, tree.Vertices[0], new Dictionary<int, string>())[0];

        Assert.Equal("formed in a tropical sea", ReaderClues.Clause(tree, claim, clue));
        Assert.Null(ReaderClues.Shown(tree.Vertices[0]));
        // The answer's definite type is shown as the question shows it, as its kind, so the trajectory does not name it.
        var rice = new VertexSnapshot(0, null, "Condoleezza Rice", "the 66th United States Secretary of State", true, [], null);
        Assert.Equal("a United States Secretary of State", ReaderClues.Shown(rice));
    }

    [Fact]
    public void A_type_that_names_another_hidden_vertex_is_cut_before_it_for_the_reader()
    {
        // Cyclone Percy → Tokelau → New Zealand (a leaf): the trajectory said "a non-self-governing colonial territory of New Zealand".
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Cyclone Percy", "the seventh named storm", true, [], null),
            new VertexSnapshot(1, 0, "Tokelau", "a non-self-governing colonial territory of New Zealand", true, [], null),
            new VertexSnapshot(2, 1, "New Zealand", "a country", false, [], null),
            new VertexSnapshot(3, 0, "Samoa", "a country in Oceania", false, [], null),
        ]);

        Assert.Equal("a non-self-governing colonial territory", ReaderClues.Shown(tree, tree.Vertices[1]));
        Assert.Equal("a country in Oceania", ReaderClues.Shown(tree, tree.Vertices[3]));
        Assert.Equal("a named storm", ReaderClues.Shown(tree, tree.Vertices[0]));
        // Nothing is left before the name: the reader knows no type.
        var capital = new VertexSnapshot(4, 2, "Wellington", "the capital of New Zealand", false, [], null);
        Assert.Null(ReaderClues.Shown(tree with { Vertices = [.. tree.Vertices, capital] }, capital));
    }

    [Fact]
    public void A_plural_page_title_takes_a_singular_verb_after_its_singular_type()
    {
        var onSandur = new Evidence("Sandur", "Sandur are most common in Iceland, where geothermal activity beneath ice caps accelerates the deposition of sediment.", 0, 110);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Sandur", "a plain", true, [new TreeClaim("A are most common in B", ClaimKind.Relation, 1, "Iceland", onSandur)], null),
            new VertexSnapshot(1, 0, "Iceland", "a volcanic island nation", false, [], null),
        ]);

        Assert.Equal("What is a plain that is most common in a volcanic island nation?", QuestionGrammar.Question(tree));
        Assert.Null(QuestionChecks.Problem(QuestionGrammar.Question(tree), tree));
    }
}
