namespace InfoSeek.Domain.English;

/// <summary>
/// The word lists of the method, each defined once: the claim miner's, the question grammar's and the
/// question checks'. Lists with a similar name but a different job (the two function-word lists) are kept apart.
/// </summary>
internal static class Lexicon
{
    // The claim miner's words.

    /// <summary>Subject pronouns, then their possessives in the same order: "He" … "They", "His" … "Their".</summary>
    internal static readonly string[] Pronouns = ["He", "She", "It", "They", "His", "Her", "Its", "Their"];

    internal static readonly HashSet<string> WordsAfterAnAnchor =
    [
        "and", "or", "but", "in", "on", "at", "for", "from", "to", "with", "as", "by", "of", "into", "onto", "over", "under",
        "after", "before", "during", "since", "until", "while", "when", "where", "who", "whom", "whose", "which", "that",
        "is", "was", "are", "were", "has", "had", "have", "be", "been", "being", "than", "against", "between", "through",
        "near", "about", "around", "across", "along", "via", "per", "itself", "himself", "herself", "themselves", "also",
        // Words that open a phrase the claim would cut short ("replicating B without | using a living organism").
        "without", "because", "mainly", "mostly", "largely", "partly", "chiefly", "primarily", "including", "within", "among",
        "toward", "towards", "upon", "despite", "beyond", "throughout", "except", "although", "though", "whereas", "if",
        "not", "only", "even", "then", "thus", "etc",
    ];

    /// <summary>Prepositions that open a phrase a claim can end before; not "of", which completes the noun before it.</summary>
    internal static readonly HashSet<string> PhraseOpeners =
    [
        "in", "on", "at", "by", "to", "for", "with", "from", "after", "before", "during", "since", "until", "near",
        "into", "over", "under", "between", "about", "against", "through", "as", "within", "across", "following",
    ];

    /// <summary>Kinds of things that are never "he" or "she".</summary>
    internal static readonly HashSet<string> ThingHeads =
    [
        "case", "film", "album", "song", "single", "book", "novel", "battle", "war", "game", "series", "episode",
        "species", "genus", "city", "town", "village", "river", "mountain", "building", "church", "station", "road",
        "route", "highway", "bridge", "company", "band", "team", "club", "school", "university", "election", "act",
        "treaty", "law", "painting", "opera", "play", "poem", "storm", "hurricane", "cyclone", "constellation", "squadron",
        "wing", "unit", "agency", "organization", "organisation", "museum", "castle", "cathedral", "coin", "campaign",
        "manufacturer", "firm", "corporation", "airline", "newspaper", "magazine", "brand",
    ];

    /// <summary>Craft that are given people's names ("a frigate built in Taiwan" on the page of the explorer Zhang Qian).</summary>
    internal static readonly HashSet<string> VesselHeads =
    [
        "ship", "frigate", "destroyer", "cruiser", "warship", "battleship", "submarine", "vessel", "liner", "steamer",
        "ferry", "tanker", "locomotive", "aircraft", "asteroid", "crater",
    ];

    /// <summary>Kinds of works, whose titles often name a character ("Robinson Crusoe", "Barton Fink").</summary>
    internal static readonly HashSet<string> WorkHeads =
    [
        "film", "movie", "album", "song", "single", "book", "novel", "novella", "episode", "series", "painting", "opera",
        "play", "poem", "musical", "story", "comic", "sitcom", "drama", "comedy", "epic", "ballet", "symphony",
    ];

    internal static readonly HashSet<string> Kinship =
    [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child", "grandson",
        "granddaughter", "widow", "nephew", "niece", "cousin", "uncle", "aunt",
    ];

    /// <summary>Type nouns of a state or land, which the region it lies in tells from others ("a country in Central Europe").</summary>
    internal static readonly HashSet<string> StateHeads =
    [
        "country", "nation", "state", "kingdom", "republic", "monarchy", "principality", "sultanate", "emirate", "federation",
        "archipelago", "island", "city-state", "microstate", "territory", "region",
    ];

    /// <summary>Type nouns that need their "of" phrase to describe anything.</summary>
    internal static readonly HashSet<string> GenericHeads =
    [
        "head", "member", "part", "one", "leader", "chief", "seat", "capital", "home", "name", "title", "list", "set",
        "group", "series", "form", "type", "kind", "branch", "division", "section", "unit", "body", "collection", "center",
        "centre", "site", "subject", "study", "history", "period", "stage", "term", "format", "family", "phenomenon",
        "version", "tradition", "concept", "thing", "way", "area", "place", "species", "system", "expression", "order",
        "point", "example", "half", "piece", "portion", "process", "source", "result", "reason", "sum", "counterpart", "follower",
        "portmanteau", "consequence", "cause", "combination", "mixture", "descendant", "word", "description", "designation",
    ];

    /// <summary>Of <see cref="GenericHeads"/>, those no modifier makes a type ("a European member", "a crystalline form"): only their "of" phrase does.</summary>
    internal static readonly HashSet<string> PartHeads =
    [
        "member", "part", "form", "type", "kind", "example", "version", "half", "term", "name", "one", "word",
        "application", "act", "action", "process", "study", "use", "means", "description", "designation",
    ];

    /// <summary>Words that rank a thing among others ("the third album", "the largest city"): without the others named, they mean nothing.</summary>
    internal static readonly HashSet<string> Ranks =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "last", "only",
        "sole", "primary", "main", "principal", "leading", "final", "largest", "smallest", "biggest", "oldest",
        "youngest", "eldest", "highest", "lowest", "longest", "shortest", "greatest", "earliest", "latest", "best",
        "worst", "most", "least", "southernmost", "northernmost", "easternmost", "westernmost", "best-known",
        "best-selling", "highest-grossing", "largest-ever", "next", "previous",
    ];

    /// <summary>Possessives that rank among others ("the world's second largest"): left alone after "a", a rank was cut.</summary>
    internal static readonly HashSet<string> RankingPossessives =
    [
        "world's", "nation's", "country's", "state's", "city's", "region's", "continent's", "island's", "company's", "league's",
    ];

    /// <summary>Past participles that neither end in "-ed" nor are named by <see cref="VerbForms.Participle"/>.</summary>
    internal static readonly HashSet<string> IrregularParticiples =
    [
        "struck", "taken", "seen", "sold", "told", "led", "won", "brought", "bought", "thought", "taught", "fought", "caught", "kept",
        "left", "lost", "meant", "sent", "spent", "grown", "thrown", "flown", "worn", "torn", "sworn", "chosen", "frozen",
        "spoken", "stolen", "broken", "woken", "ridden", "hidden", "bitten", "beaten", "eaten", "fallen", "forgotten",
    ];

    /// <summary>Nouns that look like past participles to <see cref="VerbForms.Participle"/> ("a dog breed", "a river bed").</summary>
    internal static readonly HashSet<string> NounsInEd =
    [
        "breed", "creed", "speed", "steed", "tweed", "greed", "hundred", "kindred", "shred", "embed", "seabed", "riverbed", "hotbed",
    ];

    /// <summary>Words in "-est" that are no superlatives.</summary>
    internal static readonly HashSet<string> NounsInEst =
    [
        "forest", "interest", "conquest", "request", "protest", "contest", "manifest", "harvest", "southwest", "northwest",
        "midwest", "everest", "bucharest", "budapest", "earnest", "behest", "arrest", "digest", "suggest", "invest",
        "modest", "honest", "bequest", "tempest", "alkahest", "palimpsest", "incest", "unrest", "infest", "priest",
        "archpriest", "inquest", "armrest", "headrest", "footrest", "backrest",
    ];

    /// <summary>Participles in "-ing" that a cut type leaves at its end ("a monotheistic religion originating" in Arabia).</summary>
    internal static readonly HashSet<string> DanglingIngParticiples =
    [
        "originating", "consisting", "comprising", "growing", "covering", "spanning", "stretching", "flowing", "lying", "living", "playing",
        "operating", "serving", "connecting", "linking", "extending", "bordering", "orbiting", "ruling", "dating",
        "belonging", "according", "relating", "pertaining", "involving", "featuring", "starring", "containing",
        "representing", "focusing", "dealing", "depicting", "describing", "honoring", "honouring", "commemorating",
        "running", "studying", "concerning", "encompassing", "including", "using", "maintaining", "starting", "referring", "airing",
        "lasting", "existing", "specializing", "specialising", "providing", "producing", "reaching",
    ];

    /// <summary>Nouns in "-ing" that name an event or a thing ("the Dresden uprising", "the Oklahoma City bombing").</summary>
    internal static readonly HashSet<string> NounsInIng =
    [
        "uprising", "rising", "building", "meeting", "bombing", "bombings", "landing", "landings", "crossing", "killing", "killings",
        "shooting", "wedding", "painting", "offering", "gathering", "ceiling", "uprisings",
    ];

    /// <summary>Nouns in "-al" that name a kind of person or thing ("a statesman and official").</summary>
    internal static readonly HashSet<string> NounsInAl =
    [
        "official", "general", "rival", "criminal", "professional", "principal", "individual", "liberal", "radical",
        "intellectual", "terminal", "memorial", "festival", "hospital", "journal", "animal", "mammal", "cathedral", "canal",
        "signal", "capital", "tribunal", "marshal", "admiral", "corporal", "cardinal", "arsenal", "original", "manual",
        "periodical", "chemical", "musical", "editorial", "material", "mineral", "funeral", "spiritual", "vassal",
        "regional", "national", "federal", "colonial", "industrial", "residential", "perennial", "annual", "ritual",
    ];

    /// <summary>Nouns and names in "-ly" that are no adverbs ("a family", "an assembly").</summary>
    internal static readonly HashSet<string> NounsInLy =
    [
        "family", "assembly", "supply", "anomaly", "monopoly", "butterfly", "jelly", "belly", "homily", "lily", "bully",
        "folly", "rally", "ally", "italy", "dragonfly", "firefly", "mayfly", "housefly", "sawfly", "gadfly", "melancholy",
        "ugly", "holly", "polly", "molly", "filly", "gully", "tally", "jolly", "oily", "only", "early", "daily", "weekly",
        "monthly", "quarterly", "yearly", "biweekly",
    ];

    /// <summary>Adjectives that do not end a type: they need what follows them.</summary>
    internal static readonly HashSet<string> NeedsComplement =
    [
        "responsible", "expert", "known", "famous", "noted", "located", "based", "able", "dedicated", "devoted", "named", "used",
        "designed", "intended", "similar", "related", "equivalent", "close", "native", "endemic", "specific", "unique",
        "important", "notable", "prominent", "common", "popular", "active", "present", "available", "capable", "suitable",
        "characteristic", "typical", "essential", "central", "critical", "vital", "crucial", "visible", "remote",
    ];

    /// <summary>Words that open a subordinate clause.</summary>
    internal static readonly HashSet<string> Subordinators =
    [
        "when", "while", "whereas", "because", "although", "though", "if", "unless", "that", "whether", "whenever",
    ];

    /// <summary>Words that point back at something said in an earlier sentence.</summary>
    internal static readonly HashSet<string> Anaphors =
    [
        "there", "here", "this", "these", "those", "thereafter", "latter", "former", "same", "aforementioned", "such",
    ];

    internal static readonly HashSet<string> FiniteVerbs =
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must", "shall",
        "should", "did", "does", "do", "became", "become", "began", "won", "wrote", "took", "made", "gave", "led", "ran",
        "met", "lost", "held", "built", "fought", "left", "went", "came", "saw", "sold", "bought", "taught", "brought",
        "told", "said", "found", "spent", "sent", "kept", "grew", "knew", "drew", "flew", "threw", "rose", "fell", "chose",
        "stood", "sat", "hit", "set", "put", "cut", "read", "oversaw", "underwent", "struck", "sang", "drove", "rode",
        "wore", "bore", "spoke", "broke", "froze", "stole", "beat", "forgot", "meant", "paid", "laid", "lay",
        "slew", "swore", "shot", "withdrew", "overcame", "undertook", "forbade", "sought", "thought", "felt", "dealt",
    ];

    internal static readonly HashSet<string> PreverbAdverbs =
    [
        "never", "first", "still", "often", "once", "now", "soon", "only", "already", "always", "not", "formerly",
        "originally", "initially", "briefly", "again", "reportedly", "officially", "primarily", "mainly", "largely",
    ];

    /// <summary>Words a whole clause does not end on.</summary>
    internal static readonly HashSet<string> DanglingEnds =
    [
        "a", "an", "the", "of", "and", "or", "his", "her", "its", "their", "to", "by", "with", "from", "for", "in", "on",
        "at", "as", "that", "which", "who", "whose", "only", "etc", "while", "whereas", "both", "either", "than", "including",
    ];

    internal static readonly HashSet<string> Auxiliaries = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could"];

    internal static readonly HashSet<string> DiscourseAdverbs =
    [
        "also", "then", "later", "subsequently", "eventually", "finally", "thus", "therefore", "however", "again", "still",
        "meanwhile", "afterwards", "thereafter", "instead", "nonetheless", "nevertheless", "further", "furthermore",
    ];

    // Two lists of function words: this one (the miner's) decides where a claim or a type may end; NounPhraseFunctionWords
    // (the question grammar's) ends a title run before a name and trims a type descriptor. They differ in content
    // ("first", "more", "very" here; "this", "upon", "like" there), and each keeps its own.
    internal static readonly HashSet<string> ClauseFunctionWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "is", "was",
        "are", "were", "be", "been", "his", "her", "its", "their", "that", "which", "who", "not", "first", "than",
        "more", "most", "less", "least", "very", "so", "too", "during", "after", "before", "into", "over", "under", "between",
        "about", "against", "through", "until", "since", "while", "because", "when", "where", "if", "but", "also",
    ];

    /// <summary>Words after a participle that make it a participle phrase ending the type.</summary>
    internal static readonly HashSet<string> TypeEnders = ["by", "in", "for", "from", "as", "at", "on", "to", "and", "after", "during", "with"];

    // The question grammar's words.

    internal static readonly HashSet<string> Determiners = ["a", "an", "the", "another"];

    /// <summary>Words that end a title run before a name and never belong to it.</summary>
    internal static readonly HashSet<string> NounPhraseFunctionWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "into", "onto",
        "under", "over", "after", "before", "about", "against", "between", "through", "during", "without", "within",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "that", "which", "who", "his", "her", "its",
        "their", "this", "these", "those", "than", "also", "then", "but", "nor", "per", "via", "near", "behind", "beside",
        "alongside", "among", "amongst", "across", "around", "toward", "towards", "upon", "along", "like", "unlike",
        "including", "opposite", "throughout", "beyond", "below", "above", "beneath", "inside", "outside", "until", "since",
    ];

    internal static readonly HashSet<string> DanglingAdjectives =
    [
        "small", "large", "long", "short", "big", "tiny", "huge", "great", "little", "widespread", "several", "many", "various", "same", "multilingual",
        "most", "more", "few", "major", "minor", "early", "late", "new", "old", "high", "low", "wide", "narrow",
        "remote", "special", "established", "single", "career", "military", "political", "religious", "cultural",
        "economic", "social",
    ];

    internal static readonly HashSet<string> DanglingAdverbs =
    [
        "best", "better", "well", "most", "also", "still", "now", "then", "mainly", "largely", "primarily", "chiefly",
        "mostly", "widely", "perhaps", "probably", "formerly", "later", "originally", "much", "very", "highly",
    ];

    /// <summary>Head nouns that fit almost anything ("a region", "a place"): as a hidden target's only word, no clue.</summary>
    internal static readonly HashSet<string> KindsOfAnything =
    [
        "region", "area", "place", "location", "part", "zone", "site", "thing", "object", "entity", "item", "spot",
    ];

    /// <summary>Capitalised words that lead a place's name rather than name a title: "Northern", "Central".</summary>
    internal static readonly HashSet<string> CompassWords =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "inner", "outer", "new", "old", "great", "little", "northwest", "northeast", "southwest", "southeast",
        "northwestern", "northeastern", "southwestern", "southeastern",
        "north-central", "south-central", "east-central", "west-central", "north-west", "north-east", "south-west", "south-east",
    ];

    /// <summary>The compass words that only say where within a place ("South Asia", "northwest Africa"), capitalised or not.</summary>
    internal static readonly HashSet<string> Directions =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northwest", "northeast",
        "southwest", "southeast", "northwestern", "northeastern", "southwestern", "southeastern",
        "north-central", "south-central", "east-central", "west-central", "north-west", "north-east", "south-west", "south-east",
    ];

    /// <summary>Adjectives and particles seen left before a cut-out name: "international B", "as a free B", "beat out B".</summary>
    internal static readonly HashSet<string> LooseModifiers =
    [
        "international", "national", "federal", "regional", "local", "royal", "free", "out", "remains", "large", "small",
        "major", "minor", "former", "modern", "ancient", "early", "late", "first", "last", "main", "several", "many",
    ];

    internal static readonly HashSet<string> PersonNouns =
    [

        "person", "man", "woman", "jurisprudent", "boy", "girl", "king", "queen", "prince", "princess", "emperor", "empress", "pope",
        "bishop", "archbishop", "saint", "priest", "monk", "nun", "general", "admiral", "officer", "soldier", "pilot",
        "commander", "ace", "captain", "colonel", "lieutenant", "sergeant", "marshal", "president", "governor", "senator",
        "politician", "statesman", "stateswoman", "diplomat", "lawyer", "judge", "physician", "surgeon", "doctor", "nurse",
        "scientist", "physicist", "chemist", "biologist", "mathematician", "astronomer", "engineer", "inventor", "architect",
        "writer", "author", "poet", "novelist", "playwright", "journalist", "historian", "philosopher", "composer",
        "conductor", "musician", "singer", "songwriter", "guitarist", "drummer", "pianist", "violinist", "rapper", "actor",
        "actress", "director", "producer", "artist", "painter", "sculptor", "photographer", "designer", "dancer",
        "comedian", "player", "footballer", "cricketer", "cyclist", "athlete", "boxer", "wrestler", "swimmer", "runner",
        "goaltender", "goalkeeper", "pitcher", "coach", "manager", "explorer", "pioneer", "settler", "missionary",
        "merchant", "businessman", "businesswoman", "entrepreneur", "philanthropist", "activist", "leader", "chief",
        "ruler", "monarch", "duke", "duchess", "earl", "count", "countess", "baron", "lord", "lady", "knight", "noble",
        "nobleman", "noblewoman", "heir", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
        "teacher", "professor", "scholar", "economist", "sociologist", "psychologist", "linguist", "theologian",
        "cleric", "minister", "chancellor", "mayor", "spy", "criminal", "murderer", "outlaw", "model", "illustrator",
        "cartoonist", "animator", "broadcaster", "presenter", "critic", "editor", "publisher", "aviator", "astronaut",
        "naturalist", "zoologist", "botanist", "ornithologist", "geologist", "archaeologist", "anthropologist", "member",
        "goalkeeper", "midfielder", "defender", "forward", "striker", "batsman", "bowler", "jockey", "racer", "driver",
        "novelist", "essayist", "lyricist", "vocalist", "bassist", "keyboardist", "cellist", "organist", "saxophonist",
        "trumpeter", "bandleader", "frontman", "entertainer", "personality", "socialite", "courtier", "consort",
        "regent", "pharaoh", "sultan", "caliph", "shah", "tsar", "czar", "khan", "chieftain", "warlord", "samurai",
        "warrior", "mercenary", "pirate", "privateer", "explorer", "navigator", "traveller", "traveler", "pilgrim",
        "hermit", "abbot", "abbess", "deacon", "rabbi", "imam", "preacher", "evangelist", "reformer", "revolutionary",
        "dissident", "suffragist", "feminist", "abolitionist", "humanitarian", "physiologist", "pathologist", "surveyor",
        "cartographer", "statistician", "programmer", "astronomer", "meteorologist", "crystallographer", "educator",
        "headmaster", "principal", "dean", "rector", "vicar", "curate", "chaplain", "cardinal", "patriarch", "ambassador",
        "envoy", "consul", "magistrate", "prosecutor", "attorney", "barrister", "solicitor", "jurist", "clerk", "official",
        "administrator", "executive", "industrialist", "banker", "financier", "investor", "landowner", "farmer",
        "rancher", "planter", "figure", "someone", "somebody", "slave", "servant", "courtesan", "poetess", "heiress", "widow", "child", "infant",
        "emigrant", "immigrant", "refugee", "exile", "colonist", "revolutionist", "theorist", "commissar", "theoretician",
        "polymath", "hero", "heroine", "founder", "successor", "predecessor", "recipient", "screenwriter", "filmmaker",
        "conquistador", "expatriate", "citizen", "sailor", "magnate", "tycoon", "visionary", "orator", "adviser", "advisor",
        "clergyman", "prelate", "prophet", "apostle", "disciple", "martyr", "mystic", "intellectual", "schoolgirl",
        "teenager", "shortstop", "quarterback", "winger", "fielder", "baseman", "defenceman", "defenseman", "englishman", "analyst",
        "dissenter", "aristocrat", "statesperson", "businessperson", "sportsman", "sportswoman", "horseman",
    ];

    /// <summary>Adverbs that may stand before a clause's verb ("also", "later").</summary>
    internal static readonly HashSet<string> LeadingAdverbs =
    [
        "also", "then", "later", "still", "often", "once", "never", "only", "already", "further", "first", "again", "now",
        "eventually", "initially", "originally", "subsequently", "certainly", "probably", "possibly", "largely", "mainly",
        "mostly", "briefly", "formerly", "previously", "officially", "currently", "usually", "generally", "frequently",
        "soon", "finally", "thus", "even", "ever", "jointly", "partly", "primarily",
    ];

    internal static readonly HashSet<string> Modals = ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do"];

    internal static readonly HashSet<string> ModifierWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "last", "next", "only", "same", "other", "main", "new", "old", "former", "late", "early", "great", "little", "largest",
        "smallest", "oldest", "youngest", "eldest", "biggest", "highest", "longest", "best", "major", "minor", "chief",
        "principal", "whole", "entire", "original", "present", "current", "nearby", "neighbouring", "neighboring",
    ];

    // The question checks' words.

    internal static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "is", "was", "are",
        "were", "be", "been", "being", "it", "its", "his", "her", "their", "he", "she", "they", "them", "him", "this",
        "that", "these", "those", "which", "who", "whom", "whose", "what", "where", "when", "not", "no", "than", "then",
        "also", "but", "into", "onto", "over", "under", "has", "had", "have", "do", "does", "did", "so", "such", "there",
        "here", "more", "most", "very", "can", "could", "would", "should", "will", "may", "might", "one's", "up", "out",
        "about", "after", "before", "between", "during", "while", "through", "all", "any", "both", "each", "other",
    ];

    /// <summary>Title words shared by too many pages to give one away.</summary>
    internal static readonly HashSet<string> GenericTitleWords =
    [
        "history", "list", "battle", "siege", "war", "wars", "campaign", "operation", "university", "college", "school",
        "river", "lake", "mount", "mountain", "island", "islands", "church", "cathedral", "abbey", "castle", "house",
        "hall", "palace", "bridge", "railway", "station", "street", "road", "highway", "route", "line", "park",
        "national", "state", "states", "united", "kingdom", "empire", "republic", "city", "county", "district",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "great", "little",
        "new", "old", "saint", "king", "queen", "prince", "princess", "royal", "football", "club", "team", "women",
        "season", "album", "song", "film", "game", "series", "treaty", "world", "championship", "cup", "award",
        "museum", "society", "company", "association", "party", "army", "navy", "force", "squadron", "regiment",
        "division", "brigade", "corps", "constellation", "system", "theory", "effect", "language", "people",
        "american", "british", "english", "french", "german", "australian", "canadian", "indian", "chinese", "japanese",
        "first", "second", "third", "fourth", "fifth", "general", "international", "tropical", "storm", "hurricane",
        "cyclone", "typhoon", "grand", "high", "upper", "lower", "early", "late", "modern", "ancient", "anti",
    ];
}
