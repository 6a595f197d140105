using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// A claim that reads as a sentence but leaves out what it is about: a possessive subject with no verb ("A's final
/// B"), a part with no whole ("A's portion was acquired in 1976"), a noun left to the sentence before ("was a mixed
/// one", "turned out to be the easiest"), a verb of saying without what was said ("A had stated in November 2003"),
/// a verb without its object ("A joined in 1920") or a rank without its list ("A was ranked at number 19").
/// </summary>
internal static partial class IncompleteClaims
{
    // "made 58\u00a0errors": the pages keep Wikipedia's no-break spaces, which the rules read as spaces.
    internal static bool Any(string claim, string evidence) => AnyOf(claim.Replace('\u00a0', ' '), evidence.Replace('\u00a0', ' '));

    private static bool AnyOf(string claim, string evidence) =>
        PossessiveWithoutVerb(claim) || NounAfterName().IsMatch(claim) || PartWithoutWhole().IsMatch(claim) || ElidedNoun().IsMatch(claim) || SayingWithoutContent().IsMatch(claim)
        || ObjectMissing().IsMatch(claim) || RankWithoutList().IsMatch(claim) || Caption().IsMatch(claim) || CaptionSentence().IsMatch(evidence) || AimAtATime().IsMatch(claim)
        || ReducedPassive().IsMatch(claim) || AgeWithoutTime().IsMatch(claim) || RankBehindAnother().IsMatch(claim)
        || (Dates.DayAndMonth().IsMatch(claim) && !Dates.Year().IsMatch(claim)) || NamesAfterRelative().IsMatch(claim)
        || Attributed().IsMatch(evidence) || (ReportedBelief().Match(evidence) is { Success: true } belief && !claim.Contains(belief.Groups["verb"].Value, StringComparison.Ordinal))
        || ((ShareOfAWhole().IsMatch(claim) || OneOfSeveral().IsMatch(claim) || PluralIsOne().IsMatch(claim)) && evidence.Contains(" and ", StringComparison.Ordinal))
        || Hedged().IsMatch(evidence) || RegardWithoutAs().IsMatch(claim) || NameGivenToAnother().IsMatch(claim) || LostMeasure().IsMatch(claim)
        || (StayWithoutTime().IsMatch(claim) && !Dates.DatesAndYears().IsMatch(claim)) || DefiniteWithoutScope().IsMatch(claim)
        || (Current().IsMatch(claim) && Superlative().IsMatch(claim)) || Aside().IsMatch(claim) || CreditWithoutDeed().IsMatch(claim)
        || (RateOrFigure().IsMatch(claim) && !Dates.Year().IsMatch(claim)) || GoingOnWithoutStart().IsMatch(claim)
        || Unreal().IsMatch(claim) || UnclosedBracket().IsMatch(claim) || ModalWithoutVerb().IsMatch(claim) || ComparisonWithoutRespect().IsMatch(claim)
        || RelationWithoutPurpose().IsMatch(claim) || CitedWithoutAs().IsMatch(claim) || InfinitiveWithoutObject().IsMatch(claim)
        || OccasionLeftBehind().IsMatch(claim) || BeginningWithoutWhen().IsMatch(claim) || GroupLeftBehind().IsMatch(claim)
        || (TallyWithoutSeason().IsMatch(claim) && !Dates.Year().IsMatch(claim)) || NegatedMove().IsMatch(claim)
        || ((MomentWithoutTime().IsMatch(claim) || RetiredOrBack().IsMatch(claim) || WhichEvent().IsMatch(claim) || Again().IsMatch(claim) || InvitedOrJudged().IsMatch(claim)) && !Dates.Year().IsMatch(claim)) || MonthWithoutYear().IsMatch(claim)
        || Seemed().IsMatch(claim) || ScoreWithoutMatch().IsMatch(claim) || NameNotThing().IsMatch(claim) || (Never().IsMatch(claim) && NotYet().IsMatch(evidence))
        || TitleOfOthers().IsMatch(claim) || Conditional().IsMatch(evidence) || DanglingMeasure().IsMatch(claim)
        || (TimeOfDay().IsMatch(claim) && !Dates.Year().IsMatch(TimeOfDay().Replace(claim, ""))) || NegatedOnly().IsMatch(claim)
        || (CountOfB().IsMatch(claim) && ScopedPlace().IsMatch(evidence)) || ElectedToNothing().IsMatch(claim) || BordersBy().IsMatch(claim) || AppearsWithoutHow().IsMatch(claim)
        || RoleCutBeforeItsScope(claim, evidence) || NameCutBeforeItsOf(claim, evidence) || SetPhrase().IsMatch(claim) || LeftOpen().IsMatch(claim) || PlaceOpening().IsMatch(evidence) || JudgedOrCastWithoutWhat().IsMatch(claim) || Reassigned().IsMatch(claim) || (MeetingAttended().IsMatch(claim) && !Dates.Year().IsMatch(claim))
        || SpokeWithoutAbout().IsMatch(claim) || OrderWithoutOthers().IsMatch(claim) || WorkWithoutWhere().IsMatch(claim) || UntitledWork().IsMatch(claim)
        || ChargedWithoutWith().IsMatch(claim) || WantedWithoutWhat().IsMatch(claim) || ThenTitle().IsMatch(claim) || TitleWithoutBody().IsMatch(claim)
        || (OneOfPlural().IsMatch(claim) && evidence.Contains(" and ", StringComparison.Ordinal)) || (PairVerb().IsMatch(claim) && PairInEvidence().IsMatch(evidence))
        || (MembersCount().IsMatch(claim) && !Dates.Year().IsMatch(claim)) || (NounWithoutItsInfinitive().IsMatch(claim) && InfinitiveAfterName().IsMatch(evidence))
        || AdjectiveWithoutNoun().IsMatch(claim) || Undone().IsMatch(evidence) || PossessedWithoutWhich().IsMatch(claim) || AppliedWithoutFor().IsMatch(claim) || BareDischarge().IsMatch(claim) || KindPrevalence().IsMatch(claim)
        || AnotherSubject().IsMatch(claim) || Quoted().IsMatch(claim) || NarrativeNow().IsMatch(claim)
        || (NotThis().IsMatch(claim) && evidence.Contains(" but ", StringComparison.Ordinal))
        || (Forthcoming().IsMatch(claim) && !Dates.Year().IsMatch(claim))
        // "Jesus was questioned "Are you the king of the Jews?" to which he replied …": a question asked is no claim.
        || claim.Contains('?', StringComparison.Ordinal);

    // "Bulgaria … is joining the European Union on January 1, 2007", "Winslet will appear alongside Susan Sarandon" (in a
    // film then to come): what was to come when the page was written holds, if at all, only at the time the cut dropped.
    // "A will host the 2007 FIFA U-20 World Cup" keeps its year.
    [GeneratedRegex(@"^(?:A|B)(?:'s(?: [a-z-]+){1,3})? (?:will|(?:is|are) (?:set|scheduled|due|expected|about|going) to|(?:is|are) (?:joining|becoming))\b")]
    private static partial Regex Forthcoming();

    // "Fuller was Protestant and he was Roman Catholic": the second clause has a subject of its own.
    [GeneratedRegex(@"\b(?:and|but|while|whereas) (?:he|she|they|we|I) (?:\w+ly )?(?:is|was|are|were|had|has|have|did|would|could)\b")]
    private static partial Regex AnotherSubject();

    // "Armstrong is quoted as saying "I need to run for one office"" (of a cancer charity), "was quoted by The Times in
    // 2004" (about Iraq): a quotation is someone's words, not a fact ("A is quoted on the London Stock Exchange" is one).
    [GeneratedRegex(@"^A (?:\w+ly )?(?:is|was|are|were|has been|had been|have been) (?:\w+ly )?(?:quoted|cited) (?:as (?:saying|stating|telling)|by|in)\b")]
    private static partial Regex Quoted();

    // "The Byzantine Empire now stretched from Azerbaijan" (under Basil II): a narrative "now" keeps in the sentences before
    // the time of the extent or state it gives ("MacArthur now bypassed the Japanese forces at Wewak" is an event, kept).
    [GeneratedRegex(@"\b(?:was|were) (?:\w+ly )?now\b|\bnow (?:\w+ly )?(?:stretched|extended|reached|covered|included|encompassed|spanned|comprised|controlled|ruled|bordered)\b")]
    private static partial Regex NarrativeNow();

    // "The Qing Dynasty was founded not by the Han Chinese …, but the Manchus": the "but" says what the claim is about.
    [GeneratedRegex(@"\bnot (?:\w+ly )?(?:by|from|in|on|at|for|with|as|to|until|because|only)\b")]
    private static partial Regex NotThis();

    // "Sandur are most common in Iceland": how common a kind is; written with the kind hidden as its type ("in which a
    // plain is most common") it says it of every plain.
    [GeneratedRegex(@"^A (?:are|were) (?:\w+ly )?(?:most |more |less |very |quite |particularly )?(?:common|widespread|abundant|numerous|frequent|prevalent|rare|scarce|plentiful)\b")]
    private static partial Regex KindPrevalence();

    // "Hathaway was cast in "Knocked Up", but dropped out before filming began and was replaced by Katherine Heigl": the
    // sentence takes back what its first clause says.
    [GeneratedRegex(@", but (?:\w+ly )?(?:then |later |soon )?(?:dropped out|pulled out|withdrew|backed out|was replaced|were replaced|was later replaced|left the (?:project|production|film|role))\b")]
    private static partial Regex Undone();

    // "Hathaway's character was initially written as 19 years old" (in "Song One"), "Chandler's actions would be validated"
    // (his call of a special session): whose character or which actions, the sentence before said.
    [GeneratedRegex(@"^A's (?:character|role|part|actions|decision|move|request|proposal|plan|efforts?|measures) (?:\w+ly )?(?:was|were|is|are|would|had|has|have)\b")]
    private static partial Regex PossessedWithoutWhich();

    // "Malley was discharged from the Air Force" (as medically unfit on 9 June 1943): a discharge with neither its reason nor its date.
    [GeneratedRegex(@"^A (?:was|were) (?:\w+ly )?discharged(?: from (?:the )?(?:B|\p{Lu}[\w-]*(?: \p{Lu}[\w-]*)*))?$")]
    private static partial Regex BareDischarge();

    // "Alexander successfully applied to Pope Innocent II in 1139" (for support in recovering Newark castle): to whom, without
    // what for ("Feynman applied to Columbia University" names what he applied for).
    [GeneratedRegex(@"^A (?:\w+ly )?(?:applied|appealed|petitioned) to (?:the )?(?:Pope|King|Queen|Emperor|Empress|President|Prime Minister|Governor|Duke|Earl|Bishop|Archbishop|Sultan|Tsar|Czar|Shah|Caliph|Prince|Princess|Lord|Chancellor) B\b(?!.*\bfor\b)")]
    private static partial Regex AppliedWithoutFor();

    // "The Soviet Union was established in December 1922 as the union of the Russian" (colloquially known as …, Ukrainian,
    // … Soviet republics): a bracket cut the claim after an adjective whose noun comes later.
    [GeneratedRegex(@"\bthe (?!Caribbean\b|Mediterranean\b)\p{Lu}[a-z]+(?:ian|can)$")]
    private static partial Regex AdjectiveWithoutNoun();

    // Nouns completed by an infinitive: "the refusal of Iran to halt …", "a decision of the council to …".
    private const string InfinitiveNouns = "refusal|failure|decision|attempt|plan|intention|willingness|readiness|reluctance|unwillingness|determination|ability|inability|right|promise|pledge|bid|efforts?|desire|wish|request|permission|proposal|offer|agreement|demands?|need|authority";

    // "Rice declared the refusal of Iran" (to halt its nuclear program unacceptable): the refusal without what was
    // refused, and here without the verdict, reverses what the sentence says.
    [GeneratedRegex(@"\b(?:the|its|his|her|their) (?:" + InfinitiveNouns + @") of B$")]
    private static partial Regex NounWithoutItsInfinitive();

    [GeneratedRegex(@"\b(?:" + InfinitiveNouns + @") of (?:the )?(?:\p{Lu}[\w'.-]* ){1,5}to [a-z]")]
    private static partial Regex InfinitiveAfterName();

    // "Sasha spoke to Resident Advisor" (about his decision to change …): whom, without what about.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:spoke|speaks|spoken|talked|talks|chatted) (?:to|with)\b(?!.*\b(?:about|on|of|regarding)\b)")]
    private static partial Regex SpokeWithoutAbout();

    // "Aldrin reentered "Eagle" first" (before Armstrong, after the moonwalk): an order without whom it went ahead of.
    [GeneratedRegex(@"(?<!\b(?:the|was|is|were|are|be|been|being)) (?:first|last)$")]
    private static partial Regex OrderWithoutOthers();

    // "Marshall started work in 1925" (with the Forest Service): a start without where.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:started|starts|began|begins|commenced|took up) (?:work|working|employment|a job)(?: (?:in|on) (?:[A-Z][a-z]+ )?\d{4})?$")]
    private static partial Regex WorkWithoutWhere();

    // "The Battle of the Tenaru is a key part of the 1945 biographical film" (on Al Schmid, "Pride of the Marines"): a
    // work named only by a description the sentence went on to resolve.
    [GeneratedRegex(@"\bthe (?:(?!B\b|of\b)[\w-]+ ){0,3}(?:film|movie|book|novel|documentary|biography|biopic|study|report|article|series|song|album|play|poem|painting|opera|show|programme|program)$")]
    private static partial Regex UntitledWork();

    // "Pierce charged Treasury Secretary James Guthrie" (with reforming the Treasury): tasked or accused, with what.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was |were |had been |has been )?charged\b(?!.*\bwith\b)")]
    private static partial Regex ChargedWithoutWith();

    // "Ford wanted lieutenant governor Julian Carroll" (to run for Cook's seat): what was wanted of someone is the claim.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:wanted|wants|urged|urges|persuaded|persuades|begged|implored|pressed|pressured|asked|asks|encouraged|encourages|convinced|convinces) (?:[a-z-]+ ){0,3}(?:B|\p{Lu}[\w.'-]*(?: \p{Lu}[\w.'-]*)*)$")]
    private static partial Regex WantedWithoutWhat();

    // "Romney became good friends with then-president George W. Mason" (of the Automobile Manufacturers Association):
    // a "then-" office the claim leaves without its body.
    [GeneratedRegex(@"\bthen-[a-z]")]
    private static partial Regex ThenTitle();

    // "Edward VII was installed as Grand Master in 1875" (of the Freemasons, the sentence before said): a title held in
    // many bodies, without the body ("re-elected as Boeotarch" names its own).
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were) (?:installed|inaugurated|sworn in|appointed|named|made|crowned|enthroned|ordained|consecrated|elected|re-elected|reelected) as (?:the )?(?:Grand |Deputy |Vice[- ]|Assistant |Acting |Chief |General |Lord |High )?(?:Master|President|Chairman|Chairwoman|Chair|Director|Governor|Secretary|Speaker|Prime Minister|Minister|Chancellor|Mayor|Leader|Head|Treasurer|Captain|Commander|Bishop|Archbishop|Dean|Rector|Provost|Principal|Editor|Premier|Secretary General|Justice|Judge|Patron|Warden|Steward|Chaplain)(?: (?:in|on) (?:[A-Z][a-z]+ )?\d{4})?$")]
    private static partial Regex TitleWithoutBody();

    // "Trafford is covered by the Catholic Dioceses of Shrewsbury and Salford": one of several a plural names.
    [GeneratedRegex(@"^(?!.*\bone of\b).*\b(?!(?:Headquarters|Series|Species|Affairs|Islands|States|Arms|Works)\b)\p{Lu}[a-z]+[^siu\W]s of (?:the )?B$")]
    private static partial Regex OneOfPlural();

    // "Bacon distinctly separated religion and philosophy": a verb of two things, with one of them.
    [GeneratedRegex(@"\b(?:separated|separates|distinguished|distinguishes|compared|compares|contrasted|contrasts|combined|combines|merged|merges|reconciled|reconciles|confused|confuses|equated|equates) (?:the )?B$")]
    private static partial Regex PairVerb();

    [GeneratedRegex(@"\b(?:separated|separates|distinguished|distinguishes|compared|compares|contrasted|contrasts|combined|combines|merged|merges|reconciled|reconciles|confused|confuses|equated|equates)(?: [\w'-]+){1,4} (?:and|from|with)\b")]
    private static partial Regex PairInEvidence();

    // "The university is affiliated with 79 Nobel Prize laureates": a count of people that changes every year, undated.
    [GeneratedRegex(@"\b\d[\d,]* (?:[\w-]+ ){0,3}(?:laureates|students|employees|staff|members|alumni|faculty|professors|researchers|subscribers|users|customers|visitors|passengers|inhabitants|residents)\b")]
    private static partial Regex MembersCount();

    // "Genghis Khan saw the potential advantage in Khwarezmia" (as a commercial partner), "Lissitzky was fully part of
    // neither" (of the two halves of suprematism), "Kinkaid accepted the post in Rome instead" (of London), "Radford
    // strongly opposed plans by Secretary of Defense Louis A. Johnson" (to make the B-36 the main bomber), "the BBC has
    // provided radio" (to the forces), "Makeba was baptised a Protestant" (a member of the faith, not its church), "Du Fu is
    // poorly represented in contemporary anthologies" (of his own time, not today's), "Blaine … attended anyway" (the 1860
    // convention), "Proust … stopped work" (on the novel), "Driberg frequently lobbied the Home Office" (about the Krays' prison conditions), "Crane described the
    // ordeal in "The Open Boat"" (a shipwreck): what the claim leaves open, the sentence before or after closed.
    [GeneratedRegex(@"\bsaw (?:the|a|an) (?:\w+ )?(?:advantage|opportunity|chance|potential|need|danger|threat)\b|\bneither\b(?!.*\bnor\b)|\binstead$|\bplans (?:by|of|from)\b|^A (?:has|have) provided (?:the )?B$|\bbapti[sz]ed (?:as )?an? B$|^A (?:is|are)\b.*\bcontemporary\b|\banyway\b|\b(?:stopped|ceased|halted|suspended) work$|^A (?:\w+ly )?lobbie[sd]\b(?!.*\b(?:about|on|for|against|to)\b)|\bthe (?:ordeal|incident|affair|episode|experience|matter|dispute|crisis|scandal|controversy)\b(?! of\b)")]
    private static partial Regex LeftOpen();

    // "Sumner was the leader of the antislavery forces in Massachusetts and the Radical Republicans | in the U.S. Senate
    // during the American Civil War": a leading role holds within the body and the time the cut dropped.
    private static bool RoleCutBeforeItsScope(string claim, string evidence) =>
        LeadingRole().IsMatch(claim) && ScopeAfter().IsMatch(WordsAfter(claim, evidence));

    // "The Black Sea is connected to the Sea | of Azov": the cut fell inside a name.
    private static bool NameCutBeforeItsOf(string claim, string evidence) =>
        claim.Length > 0 && char.IsUpper(claim.Split(' ')[^1][0]) && NameGoesOn().IsMatch(WordsAfter(claim, evidence));

    /// <summary>What the evidence says after an attribute claim's words (empty where it does not say them as they are).</summary>
    private static ReadOnlySpan<char> WordsAfter(string claim, string evidence)
    {
        if (!claim.StartsWith("A ", StringComparison.Ordinal) || claim.Contains(" B", StringComparison.Ordinal))
        {
            return [];
        }

        var said = evidence.IndexOf(claim[2..], StringComparison.Ordinal);
        return said < 0 ? [] : evidence.AsSpan(said + claim.Length - 2);
    }

    [GeneratedRegex(@"^ (?:of|de|del|di|da|du|von|van) \p{Lu}")]
    private static partial Regex NameGoesOn();

    [GeneratedRegex(@"\bthe (?:\w+ )?(?:leader|leaders|head|chief|chairman|chairwoman|spokesman|spokesperson|commander) of\b")]
    private static partial Regex LeadingRole();

    [GeneratedRegex(@"^ (?:in|during|within|at) ")]
    private static partial Regex ScopeAfter();

    // "the world's largest body of water": a set phrase whose word is linked to the substance; a question would write
    // "the largest body of a tasteless odourless substance".
    [GeneratedRegex(@"\bbod(?:y|ies) of (?:the )?B\b")]
    private static partial Regex SetPhrase();

    // "Here, the russet sparrow makes short movements to lower altitudes" (in the Himalayas, the sentence before said):
    // what holds where the page was just speaking of is no fact of the whole. "For each president, the University of Chicago
    // commissions a large portrait": nor what holds for each of a set the opening names.
    [GeneratedRegex(@"^(?:(?:Here|There|Locally|Elsewhere|In places),|For (?:each|every|all) )")]
    private static partial Regex PlaceOpening();

    // "Vrba was criticized in 2001" (by whom, for what), "Larson was cast alongside Logan Lerman and Cody Linley" (in
    // which film): a verdict or a casting without what it was about.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were|has been|had been) (?:\w+ly )?(?:criticized|criticised|praised|condemned|attacked)(?: (?:in|on) [\w ]+)?$|\b(?:cast|starred|appeared|appears|appear|performed) alongside (?:the )?(?:B|[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$")]
    private static partial Regex JudgedOrCastWithoutWhat();

    // "Blamey was re-appointed as Chief Commissioner" (of Victoria Police, in 1930), "Radford was reassigned as chief of
    // staff" (to Towers): a second appointment without whose office it was.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were) (?:re-?appointed|reassigned|re-assigned|transferred) as\b")]
    private static partial Regex Reassigned();

    // "Meyszner attended a meeting at the Foreign Office" (in May 1943): which meeting, its date would say.
    [GeneratedRegex(@"\battended an? (?:\w+ )?(?:meeting|conference|reception|ceremony|dinner|session)\b")]
    private static partial Regex MeetingAttended();

    // "Wales borders by England to the east": the page's own slip, which a question would repeat.
    [GeneratedRegex(@"^A (?:borders|bordered) by\b")]
    private static partial Regex BordersBy();

    // "the Sun appears from Earth" (to revolve once a year along the ecliptic): how it appears was cut off.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:appears|appeared|appear) (?:from|to)\b")]
    private static partial Regex AppearsWithoutHow();

    // "Feynman did not work only on physics" (and had a large circle of friends): what he did besides is the claim.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:did|does|do) not \w+ only\b")]
    private static partial Regex NegatedOnly();

    // "Allison also produced one tornado in the state" (Virginia; it produced many elsewhere): a count for the place the
    // sentence before named is no count of the whole.
    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) B\b")]
    private static partial Regex CountOfB();

    [GeneratedRegex(@"\b(?:in|within|across|throughout) the (?:state|region|country|city|area|county|province|territory|island|town|district)\b")]
    private static partial Regex ScopedPlace();

    // "Carter was reelected in 1964" (to the Georgia State Senate): elected to what, the claim does not say.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were) (?:re-?elected|elected|re-elected)(?: (?:in|on) (?:[A-Z][a-z]+ )?\d{4})?$")]
    private static partial Regex ElectedToNothing();

    // "the Arab League proposes full normalization of relations with Israel in exchange for Israeli withdrawal to the 1967
    // … borders": an offer or a rule cut from its condition states what holds only with it.
    [GeneratedRegex(@"\b(?:in exchange for|on (?:the )?condition that|provided that|on condition of)\b")]
    private static partial Regex Conditional();

    // "Shaka served as a Mthethwa warrior for perhaps as long" (as ten years), "Llandudno is unique within the United
    // Kingdom" (in what), "Western Sahara has been on the United Nations list" (which list): a measure or a list the cut left out.
    // "Danny … is among the largest in the United States" (its rainfall total was): a superlative without its noun.
    [GeneratedRegex(@"\bas (?:long|much|many|far|often|well)$|\bunique (?:within|in|among) (?:the )?B$|\bthe B list$|\bamong the (?:\w+est|most \w+|biggest|best|worst) (?:in|of|on) (?:the )?B$")]
    private static partial Regex DanglingMeasure();

    // "John was designated as a hurricane at 1700 PDT" (on August 19, 1994): a time of day without its day ("1700" is no year).
    [GeneratedRegex(@"\bat \d{3,4} (?:UTC|GMT|PDT|PST|EDT|EST|CDT|CST|MDT|MST|HST|BST|CET|AST)\b")]
    private static partial Regex TimeOfDay();

    // "Shanghai became again a centre for refugees from Europe" (during World War II): "again" points to a time the
    // claim must give, and to an earlier one the reader cannot see.
    [GeneratedRegex(@"\bagain\b")]
    private static partial Regex Again();

    // "Beecham was invited to conduct at Covent Garden" (in 1951, after a 12-year absence; he had conducted there for
    // years), "Cresswell was found guilty" (at a court-martial in 1943): an invitation or a verdict is one occasion, which
    // its year would name. "Pollock succeeded Evans": as what, and which Evans, the claim does not say.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were) (?:invited|found guilty|found not guilty|acquitted|convicted|sentenced)\b|^A (?:\w+ly )?succeeded [A-Z][\w-]+$")]
    private static partial Regex InvitedOrJudged();

    // "Newark never had a National Hockey League [team], but in August of 2007 … the New Jersey Devils will move to the
    // city": a "never" the sentence itself ends holds only until the page was written.
    [GeneratedRegex(@"^A (?:has |had |have )?never\b")]
    private static partial Regex Never();

    [GeneratedRegex(@"\b(?:will|until|yet|but|now)\b")]
    private static partial Regex NotYet();

    // "Starfish is the title of novels by Peter Watts": the page's name as the title of something else says nothing of A.
    [GeneratedRegex(@"^A (?:is|was|are|were) (?:also )?(?:the|a) (?:title|name) of\b")]
    private static partial Regex TitleOfOthers();

    // "Bhutan won 4-0": a score says nothing without the match, which the sentence before named.
    [GeneratedRegex(@"\b\d+[-–]\d+$")]
    private static partial Regex ScoreWithoutMatch();

    // "the Republic of China has been commonly referred to as "Taiwan"": B is a name it goes by, not the entity B;
    // with B hidden by its type the question would say "referred to as an island".
    // "Cartier used the word "Canada"": the word, not the country.
    [GeneratedRegex(@"\b(?:referred to|known|called|named|dubbed|nicknamed|styled) as (?:the |a |an )?B$|\bthe (?:word|name|term|title) B\b")]
    private static partial Regex NameNotThing();

    // "MacArthur officially retired from the Army" (in 1937, and was recalled in 1941), "Savige arrived back in
    // Palestine" (from Greece, in May 1941): a retirement or a return without its year says nothing a reader can place.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:retired|(?:arrived|came|got|went|was) back)\b")]
    private static partial Regex RetiredOrBack();

    // "Washington's appointment was to serve as a warning to France": which appointment (of several), its year would say.
    [GeneratedRegex(@"^A's (?:appointment|election|arrival|departure|victory|defeat|resignation|dismissal|promotion|return|visit)\b")]
    private static partial Regex WhichEvent();

    // "Macdonald seemed a likely candidate to replace the aging King": how it looked then, not what was.
    [GeneratedRegex(@"^A (?:\w+ly )?seemed (?!to have\b)")]
    private static partial Regex Seemed();

    // "Caesar did not return to Rome" (then, joining the army instead): a move not made holds at one moment, and read
    // alone it says he never did.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:did not|didn't|could not|couldn't) (?:return|go|come|move|travel|leave|get)\b")]
    private static partial Regex NegatedMove();

    // "Bush was visiting an elementary school in Florida" (on 11 September 2001), "Charlemagne was now master of Italy"
    // (in 774): an action in progress, or a state reached at the story's "now", holds at a moment the claim must give.
    // "Bär had just landed at Störmede airfield" (when a B-24 passed overhead): "just" dates it by the sentence's other event.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:was|were) (?!being\b|going\b)[a-z]{3,}ing\b|\b(?:was|were|had) now\b|\b(?:had|has|have) just\b")]
    private static partial Regex MomentWithoutTime();

    // "Saunders returned to Australia in October" (1942): a month without its year dates nothing.
    [GeneratedRegex(@"\b(?:in|by|until|from|since|during) (?:early |mid-|late )?(?:" + Dates.MonthNames + @")$")]
    private static partial Regex MonthWithoutYear();

    // "Ellison played at least 83 of the team's 107 matches", "at the head of each edition's editorial page": whose team,
    // which paper, the sentence before said. "Jerome made news in 1917": what news, it did not.
    [GeneratedRegex(@"\b(?:the (?:team|trio|club|paper|newspaper|group|side|squad|company|firm)|each [a-z]+|one [a-z]+)(?:'s|’s)\s|\bmade (?:news|headlines)\b")]
    private static partial Regex GroupLeftBehind();

    // "Hornsby made 58 errors" (in 1915): a player's tally holds for a season the claim must give.
    // "Bär claimed one aerial victory" (over Riem on 27 April 1945; more than 200 in all): a sortie's tally, read as a career's.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:made|scored|hit|committed|recorded|kicked|took) (?:a total of |at least |over |more than )?\d[\d,]* (?:errors|goals|runs|wickets|points|touchdowns|home runs|assists|hits|tries|saves|rebounds|yards|strikeouts)\b|^A (?:\w+ly )?(?:claimed|scored|shot down|destroyed) (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:more )?(?:aerial |air |further |confirmed |probable )?(?:victory|victories|kills?|aircraft|planes?)\b")]
    private static partial Regex TallyWithoutSeason();

    // "Nocioni had a chance to win the game for Argentina", "Nixon escalated the conflict with secretly bombing Laos" (the
    // Vietnam War, which the sentence before named), "Henman lost in the first round", "Planck tried to discuss the
    // issue with Hitler", "Routh left the University": an occasion or matter the sentence before named; without its "of"
    // or "in" phrase the claim does not say which; nor does "Kieswetter only batted twice in the ODI series".
    [GeneratedRegex(@"(?i)\bthe (?-i:[A-Z]{2,5} )?(?:issue|matter|game|match|series|season|tournament|race|first round|final|event|incident|contest|election|vote|competition|championship|deal|agreement|university|college|conflict|war|crisis|campaign|siege|trial|territory)\b(?! (?:of|in|at)\b|'s|’s)")]
    private static partial Regex OccasionLeftBehind();

    // "Tagore's experience in theatre began", "Belgrade's first television station began broadcasting": a beginning
    // without when or how. "Helsinki is set to host the Eurovision Song Contest", "Canada will host the 2007 FIFA U-20 World
    // Cup", "Slovakia plans to adopt the Euro": the page's future is the reader's past.
    [GeneratedRegex(@"\b(?:began|begun|started|ended)(?: [a-z]+ing)?$|\b(?:is|are|was|were) (?:set|scheduled|expected|due|planned) to\b|\b(?:plans|intends|hopes|aims) to\b|\bwill (?!have been\b)[a-z]+")]
    private static partial Regex BeginningWithoutWhen();

    // "Nigeria turned to India" (for military equipment), "Shelton Benjamin unsuccessfully challenged Go Shiozaki" (for
    // the GHC Heavyweight Championship), "Tom and Jerry served the BBC" (as schedule filler), "Gorbachev represented
    // Russia" (at Reagan's funeral), "the Soviet Union emerged from World War II" (as a superpower): the relation says
    // what it was for or as what, and the cut left nothing of it. "Truman was honored in 1975" (by the Truman
    // Scholarship): an honour without what it was. ("served in B", "served as minister to B" say it.)
    [GeneratedRegex(@"^A (?:\w+ly )?(?:challenged|turned to|served|attempts to take|attempted to take|tried to take|was eliminated by|retreated to|raised the issue of|was joined by|represented|emerged from|came into contact with|went on to name|won at|appears as|appeared as|has worked in|have worked in) (?:the )?B$|^A (?:\w+ly )?(?:was|were) (?:honou?red|recogni[sz]ed|celebrated) in \d{4}$")]
    private static partial Regex RelationWithoutPurpose();

    // "David Lovering cites sleight-of-hand artist Ricky Jay" (as an influence on his technique): cited as what.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:cites|cited)\b(?!.*\bas\b)")]
    private static partial Regex CitedWithoutAs();

    // "Ben Crosby was invited in 1892 to serve" (as head coach of the Naval Academy), "Bowie reunited with Visconti in 1998
    // to record" (a song for The Rugrats Movie): an infinitive without its object.
    [GeneratedRegex(@"\bto (?:serve|work|play|study|return|help|take|join|lead|become|be|record|perform|compete|fight|write|tour|appear|film|attend|visit|meet|negotiate|investigate|represent)$")]
    private static partial Regex InfinitiveWithoutObject();

    // "Fignon probably would have won the Giro in 1984": what did not happen, or might have, is no fact of A.
    [GeneratedRegex(@"\b(?:would|could|might) have\b")]
    private static partial Regex Unreal();

    // "A did receive one bid out of 38 in 1937)": the cut began inside a bracket the claim does not open.
    [GeneratedRegex(@"^[^(]*\)")]
    private static partial Regex UnclosedBracket();

    // "A believed B societies would soon": cut before the verb its modal leads to.
    [GeneratedRegex(@"\b(?:would|could|should|will|can|may|might|must)(?: \w+ly| soon| also| not)?$")]
    private static partial Regex ModalWithoutVerb();

    // "Israel is tied with South Korea" (as the most educated in Asia), "Venezuela ranked close to Colombia" (in coffee
    // production), "Hornsby enjoyed a better season in 1927" (than which?): a comparison that has lost what it compares.
    [GeneratedRegex(@"\b(?:tied with|ranked close to|differs? from|differed from|acts like|behaves like)\b|\ban? (?:better|worse) ")]
    private static partial Regex ComparisonWithoutRespect();

    // "Egypt continues to contribute regularly to the United Nations", "Cambodia continued as a protectorate of France",
    // "Benjamin once again qualified for the Money in the Bank ladder match",
    // "Denmark kept the colonies of Iceland", "Selena attained further notability in the United States": going on with
    // something presupposes when and how it began, which the cut left behind. ("pushed further into India" is a way.)
    [GeneratedRegex(@"^A(?:'s [\w-]+)? (?:\w+ly )?(?:continued|continues|continue|kept|keeps)\b(?! on\b)|\b(?:once|yet) again\b|\bfurther (?!(?:into|to|in|than|from|away|back|afield|north|south|east|west|up|down)\b)[a-z]+")]
    private static partial Regex GoingOnWithoutStart();

    // "Katrina is the third major hurricane[, and second Category 5 hurricane of the 2005 Atlantic season]", "The Church of
    // England is the officially established Christian church [in England]": a definite role or rank says which one only
    // with its scope (an "of", "in" or possessive), and the cut left it without one.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:is|was|are|were|became|becomes|remains|remained|has been|had been) the (?!.*(?:'s|’s)\b)(?!.*\b(?:of|in|among|on|at|for|from|to|since|during|with|by|between|within|after|before|under|over|B)\b)[^,;]+$")]
    private static partial Regex DefiniteWithoutScope();

    // "The Boeing 747 is the largest passenger airliner currently in service": the page's present is not the reader's,
    // and a rank held "now" has since passed to another (the A380).
    [GeneratedRegex(@"\b(?:currently|presently|now|today|at present|nowadays|still)\b")]
    private static partial Regex Current();

    [GeneratedRegex(@"\b(?:largest|biggest|longest|tallest|highest|oldest|youngest|smallest|only|most|least|fastest|busiest|richest|poorest|best|worst|leading|top)\b")]
    private static partial Regex Superlative();

    // "Kerala's birds are legion — Peafowl, the Great Hornbill, ... are several emblematic species": a dash opens an aside or
    // a list, and B right after it is one example, not what the words before say.
    // "Drummond saw action in the Sudan—earning appointment": a participle after a dash begins an aside the cut broke off.
    [GeneratedRegex(@" [—–] |[—–] ?B\b|—(?!including)[a-z]+ing\b")]
    private static partial Regex Aside();

    // "Thatcher is credited by Ronald Reagan[ with persuading him ...]": credit is for a deed the claim must keep.
    // "Newton shares the credit with Leibniz" (for the development of calculus): the same, said with a noun.
    [GeneratedRegex(@"\bcredited\b(?!.*\b(?:with|as|for)\b)|\b(?:shares?|shared|sharing) (?:the )?credit\b(?!.*\bfor\b)")]
    private static partial Regex CreditWithoutDeed();

    // "Kerala's unemployment rate is variously estimated at 19.2% and 20.77%": an economic figure holds for a year the
    // claim must give; the page's undated present is long past.
    [GeneratedRegex(@"(?i)\b(?:rate|GDP|gross domestic product|per capita|inflation|unemployment|literacy|poverty|income|growth)\b.*\d|\d.*\b(?:rate|GDP|per capita|inflation|unemployment|literacy|poverty)\b")]
    private static partial Regex RateOrFigure();

    // "Trotsky was living in New York City", "Pound remained in Italy", "Wittgenstein lived again in Norway": where someone
    // was at a time the claim does not give ("settled in Berlin" is an event and stays).
    // "Cromwell was (still) in the north of England" (when these events took place): the same, said with "was in".
    [GeneratedRegex(@"^A (?:\w+ly )?(?:(?:was|were) (?:still )?(?:living|staying|based|stationed|resident)|remained|stayed|lived again|resided|led an? (?:[\w-]+ )?life) (?:in|at)\b|^A (?:was|were) (?:still )?in (?:the (?:north|south|east|west|\w+ern|centre|center|middle) (?:part )?of )?(?:the )?(?:B|\p{Lu}[\w'-]*(?: \p{Lu}[\w'-]*)*)$")]
    private static partial Regex StayWithoutTime();

    // "Tippett called the oratorio "A Child of Our Time"": B is the name given to something else, not an entity of the claim.
    [GeneratedRegex(@"\b(?:called|named|titled|entitled|dubbed) (?:the|a|an|his|her|its|their) (?:[\w-]+ ){0,2}B\b")]
    private static partial Regex NameGivenToAnother();

    // "North Cascades National Park is approximately northeast of Seattle", "Boise National Forest is a National Forest
    // covering of the U.S. state": the corpus dropped the measure ("110 km", "2,203,703 acres").
    [GeneratedRegex(@"\b(?:approximately|roughly|nearly|almost|about|some|around) (?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\b|\b(?:approximately|roughly|nearly) (?:of|from|in|long|wide|high|deep|away|to)\b|\b(?:covering|covers|covered|measuring|spanning|totall?ing) of\b|\b(?:projected|estimated|calculated|measured)\b.*\b(?:population|area|number|total|size)$")]
    private static partial Regex LostMeasure();

    // "Christianity regards the Bible, a collection of canonical books ..., as authoritative": to regard is to regard as.
    [GeneratedRegex(@"^A (?:\w+ly )?regard(?:s|ed)? (?!.* as\b)")]
    private static partial Regex RegardWithoutAs();

    // "Harper reportedly owns a large vinyl record collection and is an avid fan of The Beatles", "Sweden remained neutral
    // during both World Wars, as claimed by itself", "New Zealand is said to have more pipebands than Scotland": hearsay, or a source's word, is no fact.
    // "Smith may have gone to England with the intention of a career in the Church of England: this is controversial …": nor is what the sentence itself calls disputed.
    [GeneratedRegex(@"\b(?:reportedly|allegedly|supposedly|purportedly|reputedly|rumou?red|as (?:claimed|reported|alleged|stated|asserted) by|(?:is|are|was|were) (?:\w+ly )?said to|(?:this|that) is (?:\w+ly )?(?:controversial|disputed|uncertain|unclear|debated|contested))\b")]
    private static partial Regex Hedged();

    // "A's major natural resources are B" (of "copper, iron ore, tin, and oil"): a plural equated with one of its items.
    [GeneratedRegex(@"^A's (?:[\w-]+ ){0,2}[a-z]+s (?:are|were|include|included) (?:the )?B$")]
    private static partial Regex PluralIsOne();

    // "The Tripitaka writings of early schools of Buddhism ...": the name only qualifies a plural noun, and no verb follows.
    [GeneratedRegex(@"^A [a-z]{4,}ings\b")]
    private static partial Regex NounAfterName();

    // "Hoffman was 46 years old", "Planck was seventy-four": an age with no time it held at.
    [GeneratedRegex(@"^A (?:is|was) (?:(?:\d+|[a-z]+(?:-[a-z]+)?) years? old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)$")]
    private static partial Regex AgeWithoutTime();

    // "arrived at Pusan where Vice Admiral Shon": a relative clause cut after its subject, before its verb.
    [GeneratedRegex(@" (?:where|when|whom|whose|while) (?:(?:the )?\p{Lu}[\w.'-]*(?: |$))+$")]
    private static partial Regex NamesAfterRelative();

    // "According to Mark, Jesus came to the Jordan River", "In this story, according to Jacques Kohn, Kafka believed in
    // the Golem": what a source says, not a fact.
    [GeneratedRegex(@"(?:^|, )(?:[*•] )?[Aa]ccording to\b")]
    private static partial Regex Attributed();

    // "Sunni Muslims believe that after his death, Jesus will be buried alongside Muhammad": a belief, unless the claim
    // says whose ("A believed that ...").
    [GeneratedRegex(@"^(?:\p{Lu}[\w'’.-]*\s+){1,4}(?:also |often |generally |widely |traditionally |have |has |had )?(?<verb>believe[sd]?|claim(?:s|ed)|argue[sd]?|maintain(?:s|ed)|hold|holds|held|teach(?:es)?|taught|assert(?:s|ed)|suggest(?:s|ed)|speculate[sd]?|hypothesi[sz]e[sd]?|allege[sd]?) that\b")]
    private static partial Regex ReportedBelief();

    // "A is second in assists to B": a rank behind another in a list (the club's all-time list) the claim does not name.
    [GeneratedRegex(@"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:only )?(?:in|among|on) (?:[a-z'-]+ ){0,3}(?:to|behind) (?:the )?B$")]
    private static partial Regex RankBehindAnother();

    // "A's parents were B" (of "Stephen III and Taddea Visconti"): one of several named as if it were all of them.
    [GeneratedRegex(@"^A's (?:\w+ )?(?:parents|children|sons|daughters|founders|owners|members|siblings|brothers|sisters|partners|co-founders) (?:were|are) (?:the )?B$")]
    private static partial Regex OneOfSeveral();

    // "Guatemala has long claimed … Belize, …, and later occupied by the United Kingdom": a participle with no "was"
    // belongs to the nearest noun (Belize), not to the sentence's subject.
    // So does a participle that as a verb would need its object: "Brunel turned to a third ship …, and intended for
    // voyages to India and Australia" is the ship's purpose, not Brunel's.
    [GeneratedRegex(@"^A (?:\w+ly )?(?:(?:[a-z]{3,}ed|built|written|made|known|given|held|taken|struck|won|led|sold|fought|brought) by|(?:intended|destined|named|renamed|known|used|regarded|described) (?:for|as|after)\b|(?:designed|mistaken) as\b|dedicated to\b)")]
    private static partial Regex ReducedPassive();

    // "A's economy is mainly centred on B" (on "industry and services"): what is mainly or wholly made of B is made of the
    // list B stands in, and the claim names one part as if it were the whole.
    // So does a whole that B is one part of: "A describes the combination of B" (of England, Scotland and Wales), and a
    // meeting of several: "Greece lies at the juncture of B" (of Europe, Asia, and Africa).
    [GeneratedRegex(@"\b(?:(?:mainly|mostly|largely|primarily|chiefly|predominantly|principally|exclusively|solely|entirely|wholly)? ?(?:centred|centered|based|focused|dependent|reliant|composed|made up|consist(?:s|ed|ing)?) (?:on|upon|of) (?:the )?(?:[\w-]+ (?:of|in|to) (?:the )?)?|(?:combination|union|merger|mixture|blend|fusion|amalgamation|juncture|junction|crossroads|confluence|meeting point|intersection) of (?:the )?)B\b")]
    private static partial Regex ShareOfAWhole();

    // "A's final B": a noun phrase and nothing said of it (a word in "-s" may be the verb: "A's influence grows").
    /// <remarks>"James Watt's improved steam engine transformed …" → "A's improved B": one word between the possessive
    /// and its noun is an adjective, not a verb, which would need a subject noun before it.</remarks>
    private static bool PossessiveWithoutVerb(string claim) =>
        claim.StartsWith("A's ", StringComparison.Ordinal)
        && (!claim.Split(' ').Skip(1).Any(w => ClauseCutter.IsPastOrListedVerb(w) || (w.Length > 3 && w.EndsWith('s') && char.IsLower(w[0])))
            || PossessiveAdjectiveThenB().IsMatch(claim));

    [GeneratedRegex(@"^A's [a-z]+(?:ed|en) (?:the )?B$")]
    private static partial Regex PossessiveAdjectiveThenB();

    // "A's portion", "A's share", "A's half": a part of a whole the claim does not name.
    [GeneratedRegex(@"^A's (?:\w+ )?(?:portion|share|part|half|section|segment|remainder|piece)\b(?! of\b)")]
    private static partial Regex PartWithoutWhole();

    // "was a mixed one", "turned out to be the easiest": the noun is elided, named only in another sentence.
    [GeneratedRegex(@"\b(?:(?:a|an|the) \w+ ones?|the (?!(?:west|interest|forest|rest|test|northwest|southwest|midwest)$)[a-z]+est)$")]
    private static partial Regex ElidedNoun();

    // "A joined in 1920": a verb that takes an object, followed straight by a preposition.
    [GeneratedRegex(@"^A (?:\w+ly |had |has |have )?(?:joined|attended|entered|supported|received|founded|acquired|purchased|captured|defeated|visited|headed|left) (?:in|on|at|during|after|before|from|with|by)\b")]
    private static partial Regex ObjectMissing();

    // "A was ranked at number 19", "A finished 6th in 1991", "A was ranked thirteenth in the World": a position in a list,
    // race or chart the claim does not name.
    [GeneratedRegex(@"\b(?:ranked|rated|placed|peaked|charted|listed|finished) (?:at )?(?:number \d+|no\. \d+|\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth))(?: in (?:\d{4}|the world))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RankWithoutList();

    // "A pictured in B light": an image caption, with no verb.
    [GeneratedRegex(@"^A (?:pictured|shown|depicted|photographed|seen|viewed|imaged) ")]
    private static partial Regex Caption();

    // "James I wore the insignia of the Order of the Garter for the above portrait": a caption says what one image
    // shows, a moment the claim cannot give.
    [GeneratedRegex(@"\b(?:above|below|left|right|adjacent|accompanying) (?:portrait|photo|photograph|image|picture|painting|map|illustration)\b|\((?:pictured|above|below|left|right)\)")]
    private static partial Regex CaptionSentence();

    // "A's primary concern was the capture of the port of Manila": an aim held at a time the claim does not give.
    [GeneratedRegex(@"^A's (?:\w+ )?(?:concern|goal|aim|objective|priority|task|focus|intention|plan|mission|purpose)s? (?:was|were)\b")]
    private static partial Regex AimAtATime();

    // "A had stated in November 2003", "A wrote in B", "A said": a verb of saying followed by no more than where or when;
    // "Bush told the NATO Summit 2006 in Latvia" (that ...): whom, without what.
    [GeneratedRegex(@"^A (?:\w+ )?(?:stated|states|said|says|wrote|writes|claimed|claims|argued|argues|declared|declares|noted|notes|remarked|remarks|commented|comments|explained|explains|observed|observes|announced|announces)(?: (?:in|on|at|during|from|by) [^,;]*)?$|^A (?:\w+ly )?(?:told|tells|informed|assured|reminded)\b(?!.*\bthat\b)")]
    private static partial Regex SayingWithoutContent();
}
