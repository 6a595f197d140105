using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;

namespace InfoSeek.Mining.Tests;

/// <summary>One test per extraction rule, each on a real sentence of the sample corpus (page named in the test).</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ExtractionRuleTests(SampleIndexFixture sample)
{
    private string Sentence(string title, string startsWith)
    {
        var page = sample.Page(title);
        var span = SentenceSplitter.Split(page.Text).First(s => page.Text.AsSpan(s.Start).StartsWith(startsWith, StringComparison.Ordinal));
        return page.Text.Substring(span.Start, span.Length);
    }

    private BrowsedClaims Browse(string title) => new(ClaimMiner.Mine(sample.Page(title), sample.Resolve).Claims);

    private sealed record BrowsedClaims(IReadOnlyList<ClaimCandidate> Claims);

    [Fact]
    public void Subject_by_title_Chad()
    {
        var sentence = Sentence("Chad", "Chad is bounded to the north by Libya");
        Assert.Equal("Chad".Length, SubjectFinder.SubjectLength(sentence, "Chad"));
    }

    [Fact]
    public void Subject_by_pronoun_is_he_or_she_never_it_Michael_Jordan_and_Chad()
    {
        Assert.Equal("He".Length, SubjectFinder.SubjectLength(Sentence("Michael Jordan", "He holds the NBA records"), "Michael Jordan"));
        // "It" and "They" are no subject: on the labelled claims they meant something other than the page's entity more
        // often than the entity itself; Chad's "It is bordered by Libya ..." gives no subject.
        Assert.Equal(0, SubjectFinder.SubjectLength(Sentence("Chad", "It is bordered by Libya to the north"), "Chad"));
        Assert.Equal(0, SubjectFinder.SubjectLength("Its position in the Southern Celestial Hemisphere means that the whole constellation is visible.", "Apus"));
    }

    [Fact]
    public void Subject_after_an_opening_phrase_Michael_Jordan()
    {
        var sentence = Sentence("Michael Jordan", "In 1999, he was named the greatest North American athlete");
        Assert.Equal("In 1999, he".Length, SubjectFinder.SubjectLength(sentence, "Michael Jordan"));
    }

    [Fact]
    public void Relation_clause_is_cut_at_the_link_James_B_Longacre()
    {
        var claim = Assert.Single(Browse("James B. Longacre").Claims, c => c.Target == "Indian Head cent" && c.Text == "A is best known for designing the B");
        Assert.Equal(ClaimKind.Relation, claim.Kind);
        Assert.True(claim.TargetInCorpus);
        Assert.Contains("best known for designing the Indian Head cent", claim.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_clause_with_a_year_Edward_Elgar()
    {
        var claim = Assert.Single(Browse("Edward Elgar").Claims, c => c.Text == "A was knighted in 1904");
        Assert.Equal(ClaimKind.Attribute, claim.Kind);
        Assert.Null(claim.Target);
        Assert.StartsWith("Elgar was knighted in 1904, and in 1911", claim.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_clause_does_not_stop_inside_a_number_Infinity_Blade()
    {
        Assert.DoesNotContain(Browse("Infinity Blade").Claims, c => c.Text.EndsWith("US$1", StringComparison.Ordinal));
    }

    [Fact]
    public void Type_descriptor_from_the_lead_sentence_Pigeon_guillemot()
    {
        var lead = Sentence("Pigeon guillemot", "The pigeon guillemot");
        Assert.StartsWith("The pigeon guillemot (\"Cepphus columba\") is a species of bird in the auk family", lead, StringComparison.Ordinal);
        Assert.Equal("a species of bird", TypeDescriptor.Of(lead));
    }

    [Fact]
    public void Type_descriptor_ends_before_a_participle_phrase_Yugoslav_destroyer_Dubrovnik_and_Into_Temptation()
    {
        Assert.Equal("a flotilla leader", TypeDescriptor.Of(Sentence("Yugoslav destroyer Dubrovnik", "Dubrovnik was a flotilla leader built for")));
        Assert.Equal("a 2009 independent drama film", TypeDescriptor.Of(Sentence("Into Temptation (film)", "Into Temptation is a 2009 independent drama film written and directed")));
    }

    [Fact]
    public void Type_descriptor_reads_past_a_parenthesis_No_1_Squadron_RAAF()
    {
        Assert.Equal("a Royal Australian Air Force squadron", TypeDescriptor.Of(Sentence("No. 1 Squadron RAAF", "No. 1 Squadron is a Royal Australian Air Force (RAAF) squadron headquartered")));
    }

    [Fact]
    public void Type_descriptor_only_from_the_lead_Tokyo_Mew_Mew()
    {
        // The page's text starts after the article's lead ("The series was adapted into ..."): a later "is a" sentence is not its type.
        Assert.Null(ClaimMiner.Mine(sample.Page("Tokyo Mew Mew"), sample.Resolve).TypeDescriptor);
    }

    [Fact]
    public void Fuzzier_variants_end_before_a_prepositional_phrase_Into_Temptation_and_Aethelstan_A()
    {
        // No "A is a 2009 independent" (a cut inside the noun phrase) nor "... written and directed" (a participle without its agent).
        Assert.Equal(
            ["A is a 2009 independent drama film written and directed by Patrick Coyle"],
            CutPoints.FuzzierVariants("A is a 2009 independent drama film written and directed by Patrick Coyle"));
        // "A ceased to draft charters after 935": without its date the shorter variant says nothing specific.
        var aethelstan = Browse("Æthelstan A").Claims;
        Assert.Contains(aethelstan, c => c.Text == "A ceased to draft charters after 935");
        Assert.DoesNotContain(aethelstan, c => c.Text == "A ceased to draft charters");
        // An infinitive completes its clause: no "A was the last of the muscle hijackers | to return".
        Assert.Equal(["A was the last of the muscle hijackers to return to the United States"],
            CutPoints.FuzzierVariants("A was the last of the muscle hijackers to return to the United States"));
        Assert.Equal(["A was consecrated as archbishop in 655", "A was consecrated as archbishop"],
            CutPoints.FuzzierVariants("A was consecrated as archbishop in 655"));
    }

    [Fact]
    public void Attribute_from_the_words_before_a_link_Killdeer()
    {
        // "The killdeer was described in 1758 by Swedish naturalist [Carl Linnaeus] in the 10th edition of ..."
        var claim = Assert.Single(Browse("Killdeer").Claims, c => c.Text == "A was described in 1758");
        Assert.Equal(ClaimKind.Attribute, claim.Kind);
        Assert.StartsWith("The killdeer was described in 1758 by Swedish naturalist Carl Linnaeus", claim.Evidence.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(Browse("Apus").Claims, c => c.Text == "A was one of twelve constellations created");
        // "He was told that if the people at Oak Ridge gave him any difficulty ...": cut inside its subordinate clause, it is broken.
        Assert.DoesNotContain(Browse("Richard Feynman").Claims, c => c.Text == "A was told that if the people");
    }

    [Fact]
    public void A_compound_subject_gives_no_claim_Tokyo_Mew_Mew()
    {
        Assert.DoesNotContain(Browse("Tokyo Mew Mew").Claims, c => c.Text.StartsWith("A and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Weak_targets_years_and_dates_are_skipped_Imogen_Holst()
    {
        Assert.True(RelationClaims.IsWeakTarget("1907"));
        Assert.True(RelationClaims.IsWeakTarget("1960s"));
        Assert.True(RelationClaims.IsWeakTarget("12 April") || RelationClaims.IsWeakTarget("April 12"));
        Assert.True(RelationClaims.IsWeakTarget("19th century"));
        Assert.False(RelationClaims.IsWeakTarget("Gustav Holst"));
        Assert.DoesNotContain(Browse("Imogen Holst").Claims, c => c.Target is not null && RelationClaims.IsWeakTarget(c.Target));
    }

    [Fact]
    public void Sentence_splitting_keeps_US_together_Blues_Clues()
    {
        var sentence = Sentence("Blue's Clues", "They used research about child development");
        Assert.Contains("in the U.S. and revolutionized the genre", sentence, StringComparison.Ordinal);
        Assert.EndsWith("viewers' involvement.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_splitting_keeps_initials_together_V_Gordon_Childe()
    {
        var sentence = Sentence("V. Gordon Childe", "His job made him well known");
        Assert.Contains("O. G. S. Crawford", sentence, StringComparison.Ordinal);
        Assert.EndsWith("toward socialism and Marxism.", sentence, StringComparison.Ordinal);
    }

    private IEnumerable<ClaimCandidate> ClaimsFrom(string title, string sentenceStart) =>
        Browse(title).Claims.Where(c => c.Evidence.Sentence.StartsWith(sentenceStart, StringComparison.Ordinal));

    [Fact]
    public void Claims_come_from_the_whole_page_not_only_its_front_James_K_Polk()
    {
        var page = sample.Page("James K. Polk");
        var sentences = SentenceSplitter.Split(page.Text);
        Assert.True(sentences.Count > 400, $"{sentences.Count} sentences");
        Assert.Contains(Browse("James K. Polk").Claims, c => c.Evidence.Start >= sentences[400].Start);
    }

    [Fact]
    public void Possessive_pronoun_subject_becomes_A_s_Hu_Zhengyan()
    {
        var claim = Assert.Single(ClaimsFrom("Hu Zhengyan", "His style was rooted in the classical seal script"), c => c.Kind == ClaimKind.Relation);
        Assert.Equal("A's style was rooted in the classical seal script of the B", claim.Text);
        Assert.Equal("Han dynasty", claim.Target);
        Assert.True(claim.TargetInCorpus);
    }

    [Fact]
    public void A_pronoun_after_a_sentence_that_names_someone_else_is_no_subject_Stanley_Bruce_and_Ray_Farquharson()
    {
        // "His memorial service was held at St Martin-in-the-Fields and was widely attended, including by representatives
        // of the Royal Family. His ashes were scattered over ...": after other names, "His" could mean someone else.
        Assert.Empty(ClaimsFrom("Stanley Bruce", "His ashes were scattered over Lake Burley Griffin"));
        // "... and served on the first Board of Governors of York University. He died in 1965, ..."
        Assert.Empty(ClaimsFrom("Ray Farquharson", "He died in 1965"));
        // A sentence that names the entity needs nothing before it.
        Assert.Contains(ClaimsFrom("Ray Farquharson", "Farquharson was posthumously inducted"), c => c.Text == "A was posthumously inducted into the B" && c.Target == "Canadian Medical Hall of Fame");
    }

    [Fact]
    public void Possessive_name_subject_under_a_scoping_opening_gives_no_state_claim_Superb_fairywren()
    {
        // "Within the genus, the superb fairywren's closest relative is the splendid fairywren; ...": the possessive is the
        // subject ("A's closest relative is the B"), but the opening phrase sets the scope of the state, so no claim.
        Assert.DoesNotContain(Browse("Superb fairywren").Claims, c => c.Text == "A's closest relative is the B");
    }

    [Fact]
    public void Possessive_without_a_verb_is_no_claim_V_Gordon_Childe()
    {
        Assert.DoesNotContain(Browse("V. Gordon Childe").Claims, c => c.Text.StartsWith("A's student", StringComparison.Ordinal));
    }

    [Fact]
    public void Clause_after_and_with_its_own_verb_continues_about_the_entity_William_H_Seward()
    {
        var claim = Assert.Single(ClaimsFrom("William H. Seward", "Seward spent two months in London"), c => c.Target == "Queen Victoria");
        Assert.Equal("A was presented at Court to B", claim.Text);
        Assert.True(claim.TargetInCorpus);
    }

    [Fact]
    public void A_rank_cut_off_before_its_scope_is_no_claim_Michael_Jordan()
    {
        // "... and was second to Babe Ruth on the Associated Press' list of athletes of the century": "A was second to B"
        // would say he was second to Ruth without saying in what; and "he" follows a sentence that names the NBA.
        Assert.Empty(ClaimsFrom("Michael Jordan", "In 1999, he was named the greatest North American athlete"));
        // "Jordan placed second to Babe Ruth in the Associated Press' December 1999 list ...": the same, named.
        Assert.DoesNotContain(Browse("Michael Jordan").Claims, c => c.Text.StartsWith("A placed second", StringComparison.Ordinal) || c.Target == "Babe Ruth");
    }

    [Fact]
    public void Clause_after_a_semicolon_that_names_the_entity_again_Cameroon()
    {
        // "It is slightly larger than the nation of Sweden and the state of California; Cameroon is comparable in size to ..."
        var claim = Assert.Single(ClaimsFrom("Cameroon", "It is slightly larger than the nation of Sweden"));
        Assert.Equal("A is comparable in size to B", claim.Text);
        Assert.Equal("Papua New Guinea", claim.Target);
    }

    [Fact]
    public void Coordinated_participles_stay_in_one_clause_Quatermass_II()
    {
        var claims = ClaimsFrom("Quatermass II", "As with \"The Quatermass Experiment\", \"Quatermass II\" was produced and directed by").ToList();
        Assert.Contains(claims, c => c.Text == "A was produced and directed by B" && c.Target == "Rudolph Cartier");
        Assert.DoesNotContain(claims, c => c.Text == "A directed by B");
    }

    [Fact]
    public void Clause_after_a_relative_pronoun_is_about_someone_else_Michael_Jordan()
    {
        // "... to select high schooler Kwame Brown, who did not live up to expectations and was traded away ..."
        Assert.DoesNotContain(ClaimsFrom("Michael Jordan", "He managed to purge the team"), c => c.Text.StartsWith("A was traded", StringComparison.Ordinal));
    }

    [Fact]
    public void Anchor_that_qualifies_a_noun_keeps_the_noun_Claude_Debussy()
    {
        var claim = Assert.Single(Browse("Claude Debussy").Claims, c => c.Target == "Symbolist");
        Assert.Equal("A was influenced by the B poets", claim.Text);
        Assert.Equal("Debussy was influenced by the Symbolist poets.", claim.Evidence.Sentence);
    }

    [Fact]
    public void A_share_cut_off_before_its_scope_is_no_claim_Hurricane_Fred()
    {
        // "Fred destroyed 80 percent of the Loggerhead sea turtle nests on the beaches of Sal, ...": cut before "on the
        // beaches of Sal", "A destroyed 80 percent of the B nests" would be false of all loggerhead nests.
        Assert.Empty(ClaimsFrom("Hurricane Fred (2015)", "Fred destroyed 80"));
    }

    [Fact]
    public void Possessive_anchor_is_no_target_Michael_Jordan()
    {
        // "... surpassing Magic Johnson's three Finals MVP awards": cut at the anchor, the claim would say something else.
        Assert.DoesNotContain(ClaimsFrom("Michael Jordan", "Jordan was named Finals MVP for a record fourth time"), c => c.Target == "Magic Johnson");
    }

    [Fact]
    public void Only_the_pronoun_the_lead_uses_for_the_entity_is_its_subject_Don_Dunstan()
    {
        // The lead says "He"; "She was diagnosed with advanced lung cancer" is about his wife.
        Assert.Empty(ClaimsFrom("Don Dunstan", "She was diagnosed with advanced lung cancer"));
        Assert.Contains(Browse("Don Dunstan").Claims, c => c.Evidence.Sentence.StartsWith("He ", StringComparison.Ordinal));
    }

    [Fact]
    public void Expletive_it_is_not_the_entity_Chagas_disease()
    {
        Assert.Empty(ClaimsFrom("Chagas disease", "It has been hypothesized that Charles Darwin"));
    }

    [Fact]
    public void A_standalone_letter_in_the_sentence_is_no_placeholder_Barbara_L()
    {
        Assert.DoesNotContain(Browse("Barbara L").Claims, c => c.Text.Contains(" B B", StringComparison.Ordinal));
    }

    [Fact]
    public void Attribute_naming_a_place_V_Gordon_Childe()
    {
        var claims = Browse("V. Gordon Childe").Claims;
        var claim = Assert.Single(claims, c => c.Text == "A returned to Australia in August 1917");
        Assert.Equal(ClaimKind.Attribute, claim.Kind);
        // "Unable to find an academic job in Australia, Childe remained in Britain, ...": where he stayed, with no time.
        Assert.DoesNotContain(claims, c => c.Text == "A remained in Britain");
    }

    [Fact]
    public void Attribute_from_a_clause_that_goes_on_about_the_entity_Justus()
    {
        // "Justus became the first Bishop of Rochester in 604, and attended a church council in Paris in 614."
        var claim = Assert.Single(Browse("Justus").Claims, c => c.Text == "A attended a church council in Paris in 614");
        Assert.Equal(ClaimKind.Attribute, claim.Kind);
        Assert.StartsWith("Justus became the first Bishop of Rochester in 604", claim.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_that_leans_on_a_possessive_is_no_claim_V_Gordon_Childe()
    {
        // "He spent most of his life in the United Kingdom, ..., and wrote twenty-six books during his career.": "his" is
        // read as pointing elsewhere, and "most" and "twenty-six" hold only with the rest of their clause.
        Assert.DoesNotContain(Browse("V. Gordon Childe").Claims, c => c.Text.StartsWith("A spent most", StringComparison.Ordinal) || c.Text.StartsWith("A wrote twenty-six", StringComparison.Ordinal));
    }

    [Fact]
    public void Fuzzier_variants_are_not_cut_inside_a_date_or_a_name_V_Gordon_Childe_Chad()
    {
        var childe = Browse("V. Gordon Childe").Claims;
        Assert.Contains(childe, c => c.Text == "A was born on 14 April 1892");
        Assert.DoesNotContain(childe, c => c.Text == "A was born on 14");
        Assert.DoesNotContain(Browse("Chad").Claims, c => c.Text == "A has also been included on Presidential");
    }

    [Fact]
    public void Each_linked_item_of_a_list_after_the_relation_is_its_target_Musca()
    {
        // "Musca is bordered by Crux to the north, Carina to the west, Chamaeleon to the south, Apus and Circinus to the east, and Centaurus to the northeast."
        var claims = ClaimsFrom("Musca", "Musca is bordered by Crux to the north").ToList();
        Assert.Equal(["Crux", "Carina (constellation)", "Chamaeleon", "Apus", "Circinus (constellation)", "Centaurus"], claims.Select(c => c.Target));
        Assert.All(claims, c => Assert.Equal("A is bordered by B", c.Text));
        Assert.Contains(claims, c => c.Target == "Apus" && c.TargetInCorpus);
    }

    [Fact]
    public void A_list_must_start_with_a_link_Chad()
    {
        // "Chad is bounded to the north by Libya, to the east by Sudan, to the west by Niger, ...": "to the north by" is no list head.
        Assert.DoesNotContain(ClaimsFrom("Chad", "Chad is bounded to the north by Libya"), c => c.Text == "A is bounded to B");
    }

    [Fact]
    public void Subject_after_a_long_opening_phrase_with_commas_Gerald_Ford()
    {
        var claim = Assert.Single(ClaimsFrom("Gerald Ford", "Born in Omaha, Nebraska, and raised in Grand Rapids, Michigan, Ford attended"), c => c.Target == "University of Michigan");
        Assert.Equal("A attended the B", claim.Text);
        Assert.True(claim.TargetInCorpus);
    }

    [Fact]
    public void Anchor_before_a_capitalised_word_only_qualifies_a_name_Preparing_for_a_Fancy_Dress_Ball()
    {
        // "... he was commissioned in 1833 by Welsh Conservative politician Charles Watkin Williams-Wynn ..."
        Assert.DoesNotContain(Browse("Preparing for a Fancy Dress Ball").Claims, c => c.Target == "Welsh people");
    }

    [Fact]
    public void Clause_with_words_the_corpus_dropped_is_no_claim_Preparing_for_a_Fancy_Dress_Ball()
    {
        // "... is a oil on canvas by English artist William Etty": the painting's size was dropped before "oil".
        Assert.DoesNotContain(Browse("Preparing for a Fancy Dress Ball").Claims, c => c.Text.Contains("a oil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_as_anchor_is_no_target_Deusdedit_of_Canterbury()
    {
        Assert.DoesNotContain(Browse("Deusdedit of Canterbury").Claims, c => c.Target == "Translation (relic)");
    }

    [Fact]
    public void A_participle_after_and_that_shares_the_first_verb_is_no_clause_Shadow_the_Hedgehog()
    {
        // "\"Shadow the Hedgehog\" was developed by Sega Studios USA, the now-defunct ..., and published by Sega."
        var claims = ClaimsFrom("Shadow the Hedgehog (video game)", "\"Shadow the Hedgehog\" was developed by Sega Studios USA").ToList();
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("A published", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Text == "A was developed by B" && c.Target == "Sega Studios USA");
    }

    [Fact]
    public void A_type_noun_that_says_nothing_alone_keeps_its_of_phrase_Governor_of_Kentucky()
    {
        var lead = Sentence("Governor of Kentucky", "The Governor of the Commonwealth of Kentucky is the head of");
        Assert.Equal("the head of the executive branch", TypeDescriptor.Of(lead));
    }

    [Fact]
    public void A_long_type_ends_before_the_of_phrase_it_would_split_and_not_on_an_adjective_that_needs_more()
    {
        Assert.Equal("a leading Australian fighter ace", TypeDescriptor.Of(Sentence("Bobby Gibbes", "Robert Henry Maxwell (Bobby) Gibbes")));
        Assert.Equal("a United States military agency", TypeDescriptor.Of(Sentence("Armed Forces Special Weapons Project", "The Armed Forces Special Weapons Project (AFSWP) was")));
        // A name that leads into the head noun stays whole.
        Assert.Equal("a United States Army Corps of Engineers officer", TypeDescriptor.Of(Sentence("Leslie Groves", "Lieutenant General Leslie Richard Groves")));
    }

    [Fact]
    public void A_shorter_attribute_variant_keeps_a_value_Aethelstan()
    {
        // "Æthelstan is regarded as the first King of England by some modern historians."
        var claims = ClaimsFrom("Æthelstan", "Æthelstan is regarded as the first King of England").ToList();
        Assert.Equal(["A is regarded as the first King of England by some modern historians"], claims.Select(c => c.Text));
        Assert.Equal(ClaimKind.Attribute, claims[0].Kind);
    }

    [Fact]
    public void A_piped_anchor_that_names_something_else_gives_no_relation_Edward_Elgar()
    {
        // "Elgar has been described as the first composer to take the [gramophone](Gramophone record) seriously.":
        // the anchor names the machine, the link the disc, so B cannot stand for the target.
        Assert.Empty(ClaimsFrom("Edward Elgar", "Elgar has been described as the first composer"));
    }

    [Fact]
    public void A_clause_cut_inside_a_phrase_is_no_claim_Ian_Dougald_McLachlan()
    {
        var claims = Browse("Ian Dougald McLachlan").Claims;
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Text.EndsWith(" the", StringComparison.Ordinal));
    }

    [Fact]
    public void An_adverb_that_ties_the_sentence_to_the_one_before_is_left_out_Andrew_Jackson()
    {
        // "Jackson then led U.S. forces in the First Seminole War, which led to the annexation of Florida from Spain."
        var claims = Browse("Andrew Jackson").Claims;
        Assert.Contains(claims, c => c.Text == "A led U.S. forces in the B" && c.Target == "First Seminole War");
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("A then ", StringComparison.Ordinal) || c.Text.StartsWith("A was also ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_that_points_back_at_an_earlier_sentence_is_no_claim_Enrico_Fermi()
    {
        // "... his team became part of the new Metallurgical Laboratory there": where "there" is, another sentence says.
        var claims = Browse("Enrico Fermi").Claims;
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Target == "Metallurgical Laboratory" && c.Text.Contains("team became part", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Split(' ').Contains("there"));
    }

    [Fact]
    public void A_link_joined_to_a_verb_or_opening_a_subordinate_clause_is_no_relation_Peter_Jeffrey_and_Enrico_Fermi()
    {
        var jeffrey = Browse("Peter Jeffrey (RAAF officer)").Claims;
        Assert.NotEmpty(jeffrey);
        Assert.DoesNotContain(jeffrey, c => c.Text.Contains(" and B", StringComparison.Ordinal));
        var fermi = Browse("Enrico Fermi").Claims;
        Assert.DoesNotContain(fermi, c => c.Kind == ClaimKind.Relation && c.Text.Contains(" when ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_he_of_a_page_about_a_thing_is_someone_else_Afroyim_v_Rusk()
    {
        // A Supreme Court case's page says "He was commissioned to paint portraits of George Bernard Shaw" of Afroyim.
        var browsed = ClaimMiner.Mine(sample.Page("Afroyim v. Rusk"), sample.Resolve);
        Assert.Equal("a major United States Supreme Court case", browsed.TypeDescriptor);
        Assert.DoesNotContain(browsed.Claims, c => c.Text.Contains("paint portraits", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kinship_is_no_type()
    {
        Assert.Null(TypeDescriptor.Of("Prince William, Duke of Gloucester (24 July 1689 – 30 July 1700), was the son of Princess Anne, later Queen Anne."));
    }

    [Fact]
    public void A_name_used_as_a_modifier_of_another_subject_gives_no_claim_Uranium()
    {
        // "Uranium metal heated to reacts with hydrogen to form uranium hydride." (the corpus dropped the temperature)
        var claims = Browse("Uranium").Claims;
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("A metal", StringComparison.Ordinal));
    }

    [Fact]
    public void One_adjective_is_no_type_and_the_type_reads_on_past_and_Leo_Minor()
    {
        Assert.Equal("a small and faint constellation", TypeDescriptor.Of(Sentence("Leo Minor", "Leo Minor is a small and faint constellation")));
    }

    [Fact]
    public void A_clause_cut_after_not_only_is_no_claim_Ragnar_Garrett()
    {
        Assert.DoesNotContain(Browse("Ragnar Garrett").Claims, c => c.Text.EndsWith(" only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_superlative_or_time_word_keeps_the_phrase_that_gives_its_scope()
    {
        // "... and remains the largest in Europe." / "Pound was in Rome early in September when Italy surrendered."
        Assert.Equal(["A remains the largest in Europe"], CutPoints.FuzzierVariants("A remains the largest in Europe"));
        Assert.Equal(["A was in Rome early in September"], CutPoints.FuzzierVariants("A was in Rome early in September"));
    }

    [Fact]
    public void A_list_does_not_reach_past_a_semicolon_George_Koval()
    {
        // "Koval was assigned to Oak Ridge, Tennessee; at the time, Project scientists were researching enriched uranium and plutonium-based bombs, ..."
        var assigned = Browse("George Koval").Claims.Where(c => c.Text == "A was assigned to B").Select(c => c.Target).ToList();
        Assert.Equal(["Oak Ridge, Tennessee"], assigned);
    }

    [Fact]
    public void A_subordinate_clause_cut_off_before_its_verb_is_no_attribute()
    {
        // "MacArthur felt uncomfortable campaigning for the Republican nomination, and hoped that at the Republican convention, a deadlock would ensue ..."
        var claims = Browse("Douglas MacArthur").Claims;
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Text.Contains("hoped that at", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_reads_on_past_a_short_and_phrase_and_a_shared_was_gives_no_claim_Stanley_Holloway_and_Vernon_Sturdee()
    {
        var holloway = ClaimMiner.Mine(sample.Page("Stanley Holloway"), sample.Resolve);
        Assert.Equal("an English stage and film actor", holloway.TypeDescriptor);
        // "Sturdee was mentioned in despatches a second time, and appointed an Officer of the Order of the British Empire ..."
        Assert.DoesNotContain(Browse("Vernon Sturdee").Claims, c => c.Text.StartsWith("A appointed", StringComparison.Ordinal));
    }
}
