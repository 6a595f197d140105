using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;
using InfoSeek.Domain.Questions;
using InfoSeek.Domain;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>What the grammar does with the claims it gets, shown on trees a CLI run sent to the Verbalizer.</summary>
public sealed class GrammarRulesTests
{
    private static TreeSnapshot Pipeline(string answer) => SampleTrees.PipelineTrees[answer];

    private static string Question(string answer) => QuestionGrammar.Question(Pipeline(answer));

    [Fact]
    public void A_town_with_three_claims_reads_as_one_relative_clause_list()
    {
        Assert.Equal(
            "What is a town that is in a metropolitan borough of Greater Manchester, has been the home of a professional football club, and was designated a Grade II listed building?",
            Question("Stretford"));
    }

    [Fact]
    public void A_person_takes_who_and_a_title_before_a_hidden_name_keeps_the_type_in_brackets()
    {
        Assert.Equal(
            "Who is an American lawyer who was elected to succeed a Senator (an American politician) and campaigned for a Democratic presidential nominee (a president)?",
            Question("John C. Breckinridge"));
    }

    [Fact]
    public void A_blurred_child_is_described_where_its_relation_points()
    {
        Assert.Equal(
            "Who is an American theoretical physicist who created special symbols for an inverse function and was sent to a production installation that was penetrated by atomic spies (an American) and was in East Tennessee?",
            Question("Richard Feynman"));
    }

    [Fact]
    public void A_lower_case_word_after_and_or_to_is_a_verb_not_a_noun_before_the_hidden_entity()
    {
        var verb = "A was appointed to establish and command B".Split(' ');
        Assert.Equal((7, false), NounPhrases.NounRunBefore(verb, 7));
        var noun = "A has cited actor B".Split(' ');
        Assert.Equal((3, false), NounPhrases.NounRunBefore(noun, 4));
    }

    [Fact]
    public void A_participle_after_a_possessive_already_opens_the_hidden_entity_s_noun_phrase()
    {
        var evidence = new Evidence("No. 75 Squadron RAAF", "It became a component of the RAAF's newly established No. 81 Wing.", 0, 66);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "No. 75 Squadron RAAF", "a Royal Australian Air Force squadron", true,
                [new TreeClaim("A became a component of the RAAF's newly established B", ClaimKind.Relation, 1, "No. 81 Wing RAAF", evidence)], null),
            new VertexSnapshot(1, 0, "No. 81 Wing RAAF", "a Royal Australian Air Force wing", false, [], null),
        ]);

        Assert.Equal(
            "What is a Royal Australian Air Force squadron that became a component of the RAAF's newly established Royal Australian Air Force wing?",
            QuestionGrammar.Question(tree));
    }

    [Fact]
    public void An_emigrant_is_asked_for_with_who()
    {
        // Benjamin Mountfort (wikispeedia): "Benjamin Mountfort was an English emigrant to New Zealand, where he became ..."
        var evidence = new Evidence("Benjamin Mountfort", "After completion of his training, Mountfort practised architecture in London.", 0, 77);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Benjamin Mountfort", "an English emigrant", true,
                [new TreeClaim("A practised architecture in London", ClaimKind.Attribute, null, null, evidence)], null),
        ]);

        Assert.Equal("Who is an English emigrant who practised architecture in London?", QuestionGrammar.Question(tree));
    }

    [Theory]
    [InlineData("A lives in semi- arid regions", "lives in semi-arid regions")]
    [InlineData("A hunted non- avian dinosaurs", "hunted non-avian dinosaurs")]
    [InlineData("A worked to narrow the post- Suez rift", "worked to narrow the post-Suez rift")]
    [InlineData("A was built in the mid- to late 19th century", "was built in the mid- to late 19th century")]
    [InlineData("A led pre- and post-war governments", "led pre- and post-war governments")]
    [InlineData("A is stored as glycogen- a form of sugar", "is stored as glycogen- a form of sugar")]
    public void A_prefix_cut_off_where_the_page_was_wrapped_is_joined_to_its_word_and_a_prefix_left_for_a_later_word_is_not(string claim, string written)
    {
        // Wikispeedia's text was wrapped at 74 columns; a hyphen at a line's end left "semi- arid".
        var evidence = new Evidence("Kangaroo", "sentence", 0, 8);
        var tree = new TreeSnapshot([new VertexSnapshot(0, null, "Kangaroo", "a marsupial", false, [new TreeClaim(claim, ClaimKind.Attribute, null, null, evidence)], null)]);

        Assert.Equal($"What is a marsupial that {written}?", QuestionGrammar.Question(tree));
    }

    /// <summary>A root whose one claim, read from <paramref name="sentence"/> on its own page, relates it to a leaf child.</summary>
    private static TreeSnapshot RootWithLeaf(string root, string rootType, string sentence, string claim, string child, string childType) =>
        new(
        [
            new VertexSnapshot(0, null, root, rootType, true,
                [new TreeClaim(claim, ClaimKind.Relation, 1, child, new Evidence(root, sentence, 0, sentence.Length))], null),
            new VertexSnapshot(1, 0, child, childType, false, [], null),
        ]);

    [Theory]
    [InlineData("NATO", "a")]
    [InlineData("FIFA", "a")]
    [InlineData("NASA", "a")]
    [InlineData("NAACP", "an")]
    [InlineData("MP", "an")]
    [InlineData("RAF", "an")]
    [InlineData("OPEC", "an")]
    [InlineData("BBC", "a")]
    public void An_acronym_read_as_a_word_takes_the_article_of_its_sound_and_an_initialism_that_of_its_letters(string word, string article)
    {
        Assert.Equal(article, Articles.IndefiniteArticle(word));
    }

    [Fact]
    public void A_count_of_one_before_a_hidden_target_is_no_role_to_bracket()
    {
        // "produced a one (a thin tube reaching)" was written for "A produced one B".
        var tree = RootWithLeaf("Tropical Storm Allison", "a tropical storm", "Allison also produced one tornado.", "A produced one B", "Tornado", "a funnel cloud");

        var question = QuestionGrammar.Question(tree);

        Assert.Equal("What is a tropical storm that produced one funnel cloud?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void An_answer_whose_one_claim_restates_its_type_is_asked_for_by_the_claim()
    {
        // Quito (wikispeedia): "Quito ... is the capital city of Ecuador"; the type shows as "a capital city".
        var tree = RootWithLeaf("Quito", "the capital city of Ecuador", "Quito (official name: San Francisco de Quito) is the capital city of Ecuador in northwestern South America.", "A is the capital city of B", "Ecuador", "a representative democratic republic");

        var question = QuestionGrammar.Question(tree);

        Assert.Equal("What is the capital city of a representative democratic republic?", question);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_hidden_place_named_as_the_state_of_it_is_written_once_as_that_kind()
    {
        // Avocado (wikispeedia): "... was introduced to the U.S. state of California"; "the U.S. state of a populous state" said its kind twice.
        const string sentence = "The avocado was introduced to the U.S. state of California in 1856.";
        var evidence = new Evidence("Avocado", sentence, 0, sentence.Length);
        var spacey = new Evidence("Kevin Spacey", "Spacey grew up in California.", 0, 29);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Avocado", "a tree", true,
                [new TreeClaim("A was introduced to the U.S. state of B", ClaimKind.Relation, 1, "California", evidence)], null),
            new VertexSnapshot(1, 0, "California", "a populous state", true,
                [new TreeClaim("B grew up in A", ClaimKind.Relation, null, "Kevin Spacey", spacey, EvidenceOnTarget: true)], null),
        ]);

        var question = QuestionGrammar.Question(tree);

        Assert.StartsWith("What is a tree that was introduced to a U.S. state ", question);
        Assert.DoesNotContain("state of a", question, StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_second_hidden_vertex_of_a_kind_after_the_is_another_not_the_one_already_met()
    {
        // Pacific Ocean (wikispeedia): "The Pacific ocean is generally warmer than the Atlantic ocean."
        var tree = RootWithLeaf("Pacific Ocean", "an ocean", "The Pacific ocean is generally warmer than the Atlantic ocean.", "A is generally warmer than the B", "Atlantic Ocean", "the second-largest ocean");

        Assert.Equal("What is an ocean that is generally warmer than another ocean?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_hidden_vertex_typed_one_of_several_takes_no_the_before_it()
    {
        // James Buchanan (wikispeedia): "Buchanan was elected as a Democrat to the United States Senate".
        var tree = RootWithLeaf("James Buchanan", "the 15th president", "Buchanan was elected as a Democrat to the United States Senate.", "A was elected as a Democrat to the B", "United States Senate", "one of the two chambers");

        Assert.Equal("Who is a president who was elected as a Democrat to one of the two chambers?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_vertex_typed_one_of_several_is_referred_to_by_its_kind()
    {
        // Iceland (wikispeedia): "… where Linus Pauling traveled to the one of the five inhabited traditional continents, …".
        static Evidence On(string page, string sentence) => new(page, sentence, 0, sentence.Length);
        var iceland = On("Iceland", "Iceland is considered to be a part of Europe.");
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Iceland", "a volcanic island nation", true,
            [
                new TreeClaim("A is considered to be a part of B", ClaimKind.Relation, 1, "Europe", iceland),
                new TreeClaim("A controls a volcanic island", ClaimKind.Attribute, null, null, iceland),
            ], null),
            new VertexSnapshot(1, 0, "Europe", "one of the five inhabited traditional continents", true,
            [
                new TreeClaim("Linus Pauling traveled to A", ClaimKind.Attribute, null, null, On("Linus Pauling", "Pauling traveled to Europe.")),
                new TreeClaim("the Tree Sparrow is rural in A", ClaimKind.Attribute, null, null, On("Tree Sparrow", "The Tree Sparrow is rural in Europe.")),
                new TreeClaim("a short-lived annual herb has long been cultivated as a herb throughout A", ClaimKind.Attribute, null, null, On("Dill", "Dill has long been cultivated as a herb throughout Europe.")),
            ], null),
        ]);

        var question = QuestionGrammar.Question(tree);
        Assert.DoesNotContain("the one of", question, StringComparison.Ordinal);
        // "one of the five inhabited traditional continents" is shown as its kind.
        Assert.Contains("a part of a continent", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_season_before_a_hidden_event_leads_its_type_without_brackets()
    {
        // Atlanta (wikispeedia): "Atlanta has twice played host to the summer Olympic Games".
        var tree = RootWithLeaf("Atlanta", "a populous city", "Atlanta has twice played host to the summer Olympic Games.", "A has twice played host to the summer B", "Olympic Games", "an international multi-sport event");

        Assert.Equal("What is a populous city that has twice played host to the summer international multi-sport event?", QuestionGrammar.Question(tree));
    }

    [Theory]
    [InlineData("B obtained a bachelor of A", true)]
    [InlineData("B played a significant role in the history of A", true)]
    [InlineData("B is the provincial tree of the Phetchabun province of A", true)]
    [InlineData("B is corrosive to many metals including A", true)]
    [InlineData("B is on the west coast of A", true)]
    [InlineData("B is a country in northern East Africa bordered by A", true)]
    [InlineData("B was introduced to experimental A", true)]
    [InlineData("B was the capital of the newly-formed A", true)]
    [InlineData("B was the capital of the A", false)]
    [InlineData("B was born in the A", false)]
    [InlineData("B is a landlocked country in A", false)]
    [InlineData("B is an agency of A", false)]
    [InlineData("B is a member and co-founder of A", false)]
    [InlineData("B converted to A", false)]
    [InlineData("A is the capital of B", false)]
    public void A_relation_read_on_another_page_that_would_leave_its_vertex_behind_a_noun_is_known(string claim, bool strands)
    {
        // "… that John Locke obtained a bachelor of" strands its preposition; "of which the WHO is an agency" reads.
        Assert.Equal(strands, QuestionChecks.StrandsItsVertex(claim));
    }

    [Theory]
    // Oslo (wikispeedia), "Oslo is the capital of Norway", read on Norway: "a Nordic country of which a capital city is the capital".
    [InlineData("B is the capital of A", "the capital and largest city", true)]
    // Africa: "Africa's largest country is Sudan": "a continent whose largest country is another country".
    [InlineData("A's largest country is B", "the largest country", true)]
    // Saturn, read on the Sun: "a star from which a planet is the sixth planet".
    [InlineData("B is the sixth planet from A", "the sixth planet", true)]
    // Libya: "is somewhat smaller than a nation"; Uganda: "is a country in a region" (East Africa, "the easternmost region").
    [InlineData("A is somewhat smaller than B", "a nation of 18", true)]
    [InlineData("A is a country in B", "the easternmost region", true)]
    // The role is not the target's kind, or the kind says something: the clue says something.
    [InlineData("B is the capital of A", "a port city on the Baltic", false)]
    [InlineData("B is an antelope found in A", "an antelope", false)]
    [InlineData("A is a country in B", "a continent", false)]
    public void A_relation_that_says_nothing_of_a_hidden_target_grows_no_tree(string claim, string targetType, bool empty)
    {
        Assert.Equal(empty, QuestionChecks.SaysNothingOfAHiddenTarget(claim, targetType));
    }

    [Fact]
    public void A_claim_that_only_restates_the_type_is_not_written_whatever_its_article()
    {
        // Church of England (wikispeedia): "The Church of England is the officially established Christian church in England";
        // the type shows as "an officially established Christian church", and the cut claim said the same with "the".
        const string sentence = "The Church of England is the officially established Christian church in England.";
        var evidence = new Evidence("Church of England", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Church of England", "the officially established Christian church", true,
            [
                new TreeClaim("A is the officially established Christian church", ClaimKind.Attribute, null, null, evidence),
                new TreeClaim("A separated from the Roman Catholic Church in 1534", ClaimKind.Attribute, null, null, evidence),
            ], null),
        ]);

        Assert.Equal("What is an officially established Christian church that separated from the Roman Catholic Church in 1534?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_named_target_is_written_with_the_names_listed_before_it_only()
    {
        // Egypt (wikispeedia): the question said "bordered by Libya on the west, Sudan".
        const string sentence = "Egypt is bordered by Libya on the west, Sudan on the south, and on Israel and Gaza Strip on the northeast.";
        var evidence = new Evidence("Egypt", sentence, 0, sentence.Length);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Egypt", "a country", true,
            [
                new TreeClaim("A is bordered by B", ClaimKind.Relation, null, "Sudan", evidence),
                new TreeClaim("A is in North Africa", ClaimKind.Attribute, null, null, evidence),
            ], null),
        ]);

        Assert.Equal("What is a country that is bordered by Sudan and is in North Africa?", QuestionGrammar.Question(tree));
    }

    [Fact]
    public void A_people_s_name_used_as_a_type_is_a_person()
    {
        static VertexSnapshot Typed(string type) => new(1, 0, "George Koval", type, false, [], null);
        Assert.True(NounPhrases.IsPerson(Typed("an American")));
        Assert.True(NounPhrases.IsPerson(Typed("a German")));
        Assert.False(NounPhrases.IsPerson(Typed("an American film")));
        Assert.False(NounPhrases.IsPerson(Typed("a radioactive chemical element")));
        Assert.True(NounPhrases.IsPerson(Typed("a United States Army Corps of Engineers officer")));
        Assert.Equal("species", NounPhrases.HeadNoun("a species of bird"));
        Assert.True(NounPhrases.IsPerson(Typed("an English stage and film actor")));
        // "of" inside a name leads into the head ("Corps of Engineers officer"); after a lower-case head it does not.
        Assert.True(NounPhrases.IsPerson(Typed("a Czech composer of Romantic music")));
        Assert.True(NounPhrases.IsPerson(Typed("the conquistador")));
        Assert.True(NounPhrases.IsPerson(Typed("an American expatriate")));
        Assert.True(NounPhrases.IsPerson(Typed("a German polymath")));
        // A member of a taxon is a plant or an animal (Blackbird); of a band, a parliament or a family of people, a person.
        Assert.False(NounPhrases.IsPerson(Typed("a European member of the thrush family Turdidae")));
        Assert.False(NounPhrases.IsPerson(Typed("a member of the genus Panthera")));
        Assert.True(NounPhrases.IsPerson(Typed("a founding member of the rock band")));
        Assert.True(NounPhrases.IsPerson(Typed("a member of the House of Lords")));
        Assert.True(NounPhrases.IsPerson(Typed("a member of the Kennedy family")));
        Assert.True(NounPhrases.IsPerson(Typed("a member of the royal family")));
        // "one of the most prominent European aristocrats and statesmen" is one statesman.
        Assert.Equal("statesman", NounPhrases.HeadNoun("one of the most prominent European aristocrats and statesmen"));
        Assert.True(NounPhrases.IsPerson(Typed("one of the most prominent European aristocrats and statesmen")));
    }

    [Fact]
    public void Determiners_of_the_claim_and_of_the_type_merge_into_one()
    {
        Assert.Contains("was an early supporter of Ohio's president", Question("John Hay"), StringComparison.Ordinal);
        // "a member of the Gregorian mission": the article went with the name; the hidden mission is one of its kind.
        Assert.Contains("was a member of a Christian mission", Question("Justus"), StringComparison.Ordinal);
        Assert.Contains("has exhausted a chemical element", Question("Lynx (constellation)"), StringComparison.Ordinal);
        Assert.Contains("met with a capital city", Question("Dominik Hašek"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_the_type_already_holds_is_not_repeated()
    {
        // "Governor B" + "the first and fifth Governor of Kentucky" (shown as its kind, which does not name Isaac Shelby).
        Assert.Contains("responded to a Governor of Kentucky", Question("Joseph Desha"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_leaf_is_written_as_its_evidence_sentence_writes_it()
    {
        Assert.Contains("by scoring three shorthanded goals", Question("Dominik Hašek"), StringComparison.Ordinal);
        Assert.Contains("was designated a Grade II listed building", Question("Stretford"), StringComparison.Ordinal);
    }

    [Fact]
    public void Vertices_of_the_same_type_are_told_apart()
    {
        var question = Question("Henry Burrell (admiral)");
        Assert.StartsWith("Who is a senior commander who ", question, StringComparison.Ordinal);
        Assert.Contains("in a second senior commander who succeeded a Colonel (a third senior commander)", question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one of the five inhabited traditional continents", "a continent")]
    [InlineData("one of the seven main geographical regions of the country", "a region of the country")]
    [InlineData("one of the species of bird", "a species of bird")]
    [InlineData("one of the founding members of the European Union", "a founding member of the European Union")]
    [InlineData("one of the largest cities of Europe", "one of the largest cities of Europe")]
    // Fewer modifiers read well; no count is a rank among others: both stay as they are.
    [InlineData("one of the four seasons of temperate zones", "one of the four seasons of temperate zones")]
    [InlineData("one of the two chambers", "one of the two chambers")]
    [InlineData("one of the most prominent European aristocrats and statesmen", "one of the most prominent European aristocrats and statesmen")]
    public void A_type_that_counts_its_kind_behind_modifiers_is_shown_as_one_of_the_kind(string descriptor, string shown)
    {
        Assert.Equal(shown, NounPhrases.Shown(descriptor));
    }

    [Fact]
    public void A_type_descriptor_cut_mid_phrase_loses_its_dangling_end()
    {
        Assert.Equal("an American statesman and official", NounPhrases.CleanDescriptor("an American statesman and official whose career"));
        Assert.Equal("a senior Australian Army officer", NounPhrases.CleanDescriptor("a senior Australian Army officer during the"));
        Assert.Equal("a 1984 action-adventure game", NounPhrases.CleanDescriptor("a 1984 action-adventure game known"));
        Assert.Equal("a chemical element", NounPhrases.CleanDescriptor("a chemical element with symbol H and"));
        Assert.Equal("a genus", NounPhrases.CleanDescriptor("a genus of small"));
        Assert.Null(NounPhrases.CleanDescriptor("a U"));
        Assert.StartsWith("Who is the person who ", Question("Joseph Desha"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a royal dynasty ruling large parts", "a royal dynasty")]
    [InlineData("an extrasolar planet orbiting the sun-like star", "an extrasolar planet")]
    [InlineData("an American twenty-dollar gold piece struck", "an American twenty-dollar gold piece")]
    [InlineData("a land battle between the Imperial Japanese", "a land battle")]
    [InlineData("a city of about 189", "a city")]
    [InlineData("a universal physical constant important", "a universal physical constant")]
    [InlineData("the third studio album", "a studio album")]
    [InlineData("the largest earthquake", "an earthquake")]
    [InlineData("the tenth named storm", "a named storm")]
    [InlineData("a professional wrestling pay-per-view event", "a professional wrestling pay-per-view event")]
    [InlineData("a dog breed", "a dog breed")]
    [InlineData("the capital of Lesotho", "the capital of Lesotho")]
    [InlineData("a family of board games played around", "a family of board games")]
    [InlineData("the strongest hurricane", "a hurricane")]
    [InlineData("the world's largest hot desert", "a hot desert")]
    [InlineData("the world's second-largest and second most-populous continent", "a continent")]
    [InlineData("the capital and largest city", "a capital city")]
    [InlineData("a tree and the fruit", "a tree")]
    [InlineData("a monotheistic religion originating", "a monotheistic religion")]
    [InlineData("one of the two special administrative regions", "one of the two special administrative regions")]
    [InlineData("a forest", "a forest")]
    [InlineData("a Roman Catholic priest best", "a Roman Catholic priest")]
    [InlineData("the capital of Scotland and its second-largest", "the capital of Scotland")]
    [InlineData("a volcanic island off the southern coast", "a volcanic island")]
    [InlineData("the southernmost and most developed country", "a country")]
    [InlineData("the largest and most populous country", "a country")]
    [InlineData("the most widely spoken language", "a language")]
    public void A_type_descriptor_keeps_its_head_noun_phrase_and_loses_what_was_cut_after_it(string descriptor, string expected) =>
        Assert.Equal(expected, NounPhrases.CleanDescriptor(descriptor));

    [Theory]
    [InlineData("the 66th United States Secretary of State", "a United States Secretary of State")]
    [InlineData("the science of celestial objects and phenomena", "a science")]
    [InlineData("the largest of England's core cities", "one of England's core cities")]
    [InlineData("the official language of Malta", "an official language")]
    [InlineData("the capital of Scotland", null)]
    [InlineData("an American actress", "an American actress")]
    [InlineData("the southernmost and most developed country", "a country")]
    [InlineData("the twelfth tropical storm", "a tropical storm")]
    [InlineData("the eighth and outermost planet", "a planet")]
    public void The_answers_definite_type_is_written_as_its_kind(string descriptor, string? expected) =>
        Assert.Equal(expected, NounPhrases.Indefinite(descriptor));

    [Theory]
    [InlineData("a form")]
    [InlineData("the eastern member")]
    [InlineData("the oldest")]
    [InlineData("the youngest child")]
    [InlineData("a remote")]
    [InlineData("the term conventionally used since the 19th")]
    [InlineData("one of the most critically")]
    [InlineData("an English military")]
    [InlineData("the process")]
    [InlineData("a Golden Globe-winning")]
    [InlineData("a career U")]
    [InlineData("a multilingual")]
    public void A_type_descriptor_that_says_nothing_without_its_lost_phrase_is_none(string descriptor) =>
        Assert.Null(NounPhrases.CleanDescriptor(descriptor));

    [Theory]
    [InlineData("American politician", "an")]
    [InlineData("European city", "a")]
    [InlineData("university", "a")]
    [InlineData("hour", "an")]
    [InlineData("MP", "an")]
    [InlineData("BBC series", "a")]
    [InlineData("18th-century soldier", "an")]
    [InlineData("one-day match", "a")]
    [InlineData("U.S. diplomat", "a")]
    [InlineData("F.B.I. agent", "an")]
    [InlineData("unincorporated territory", "an")]
    [InlineData("uninhabited atoll", "an")]
    [InlineData("unique case", "a")]
    public void The_indefinite_article_follows_the_sound_of_the_next_word(string next, string article)
    {
        Assert.Equal(article, Articles.IndefiniteArticle(next));
    }

    [Fact]
    public void The_same_tree_gives_the_same_question_also_after_a_round_trip_through_JSON()
    {
        foreach (var tree in SampleTrees.PipelineTrees.Values)
        {
            var copy = JsonSerializer.Deserialize<TreeSnapshot>(JsonSerializer.Serialize(tree, JsonDefaults.Options), JsonDefaults.Options)!;
            Assert.Equal(QuestionGrammar.Question(tree), QuestionGrammar.Question(copy));
        }
    }

    [Fact]
    public void Claims_the_miner_broke_and_leaking_types_are_turned_down_with_their_reason()
    {
        string? Problem(string answer) => QuestionChecks.Problem(Question(answer), Pipeline(answer));

        Assert.Equal("ungrammatical: 'and and'", Problem("Pavo (constellation)"));
        Assert.Equal("ungrammatical: 'and and'", Problem("Edmund Herring"));
        var edward = SampleTrees.Leaking(Pipeline("Edward the Elder"));
        Assert.Equal("answer leak: the question names the answer 'Edward the Elder'", QuestionChecks.Problem(QuestionGrammar.Question(edward), edward));
        Assert.Equal("leak: the question names the hidden entity 'Governor of Kentucky'", Problem("Joseph Desha"));
        foreach (var answer in new[] { "Stretford", "John C. Breckinridge", "John Hay", "Richard Feynman", "Dominik Hašek", "Henry Burrell (admiral)", "Justus", "Lynx (constellation)" })
        {
            Assert.Null(Problem(answer));
        }
    }

    [Fact]
    public void A_tree_without_one_root_or_with_a_claim_to_a_missing_vertex_is_refused_by_name()
    {
        var tree = Pipeline("Stretford");
        var noRoot = new TreeSnapshot(tree.Vertices.Skip(1).ToList());
        Assert.Contains("exactly one root vertex", Assert.Throws<ArgumentException>(() => QuestionGrammar.Question(noRoot)).Message, StringComparison.Ordinal);

        var dangling = new TreeSnapshot([tree.Vertices[0]]);
        Assert.Contains("points to vertex 1, which is not in the tree", Assert.Throws<ArgumentException>(() => QuestionGrammar.Question(dangling)).Message, StringComparison.Ordinal);
    }
}
