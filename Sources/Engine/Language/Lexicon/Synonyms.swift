/// The fixed vocabulary: question phrases with a data-independent meaning, business synonyms
/// for column words and common abbreviations.
enum Synonyms {
    static let keywords: [(String, Keyword)] = {
        var k: [(String, Keyword)] = []
        func add(_ phrases: String, _ kw: Keyword) {
            for p in phrases.split(separator: "|") { k.append((String(p), kw)) }
        }
        add("sum|sum of|total|totals|total of|overall|combined|aggregate|cumulative", .aggregate(.sum))
        add("average|averages|avg|mean|typical|average of|mean of|on average", .aggregate(.avg))
        add("median|middle value", .aggregate(.median))
        add("minimum|min|smallest value", .aggregate(.min))
        add("maximum|max|largest value|peak", .aggregate(.max))
        add(
            "how many|number of|count|count of|total number of|total count of|overall number of|total no of|counts|tally|frequency of|num of|no of|amount of|headcount|head count",
            .count)
        add("distinct|unique|different|separate|individual", .distinct)
        add(
            "by|per|for each|for every|each|every|across|grouped by|group by|broken down by|break down by|breakdown by|split by|by each|for all|in each|within each|for the different|across the|across all",
            .by)
        add("year|years|yearly|annual|annually|per year|by year", .grain(.year))
        add("quarter|quarters|quarterly", .grain(.quarter))
        add("month|months|monthly", .grain(.month))
        add("week|weeks|weekly", .grain(.week))
        add("day|days|daily|date|dates", .grain(.day))
        add(
            "over time|trend|trends|timeline|time series|over the years|through time|evolution|history|historically",
            .overTime)
        add("top|best", .top)
        add("bottom|worst", .bottom)
        add(
            "highest|most|largest|biggest|greatest|maximal|strongest|heaviest|longest|hottest|warmest|wettest|windiest|top most|higher|larger|bigger|greater|oldest|rainiest|fastest|tallest|widest|deepest|thickest|poorest|richest|priciest|most expensive|northernmost|furthest north|farthest north|easternmost|furthest east|farthest east",
            .extreme(highest: true))
        add(
            "lowest|least|smallest|fewest|minimal|weakest|lower|smaller|fewer|lightest|shortest|coldest|coolest|driest|youngest|slowest|cheapest|narrowest|shallowest|thinnest|least expensive|southernmost|furthest south|farthest south|westernmost|furthest west|farthest west",
            .extreme(highest: false))
        add(
            "missing|null|nulls|blank|not recorded|unrecorded|with no|has no|have no|had no|without a|without any",
            .missing)
        add("which|what|who|whose", .which)
        add(
            "above|over|more than|greater than|higher than|exceeding|exceeds|exceed|bigger than|larger than|>|at least|>=|no less than|not less than|longer than|older than|heavier than|taller than|further than|farther than|costlier than|pricier than|more expensive than|faster than|hotter than|warmer than",
            .compare(.greater))
        add(
            "below|under|less than|lower than|smaller than|fewer than|<|at most|<=|no more than|not more than|up to|shorter than|younger than|lighter than|cheaper than|less expensive than|slower than|colder than|cooler than",
            .compare(.less))
        add("equal to|equals|=|exactly|is equal to", .compare(.equals))
        add("between|in the range|ranging from", .between)
        add("and|&|plus|as well as", .and)
        add("not|excluding|except|without|other than|apart from|excluding the|exclude|excludes|but not|non", .negation)
        add(
            "share|percentage|percent|proportion|%|fraction|contribution|part of|pct|percentage of|share of|breakdown|distribution|split",
            .share)
        add(
            "growth|grow|grew|growing|percent change|percentage change|pct change|% change|increase|decrease|rose|fell|increased|decreased|growth rate|evolve",
            .growth)
        add("month over month|mom|monthly growth|monthly change", .growthBy(.month))
        add("year over year|yoy|yearly growth|annual growth|yearly change|annual change", .growthBy(.year))
        add("quarter over quarter|qoq|quarterly growth", .growthBy(.quarter))
        add("week over week|wow|weekly growth", .growthBy(.week))
        add("ratio|ratio of|divided by|relative to", .ratio)
        add("difference|difference between|difference of|minus|gap between|margin between", .difference)
        add("winter", .season(12))
        add("spring", .season(3))
        add("summer", .season(6))
        add("fall|autumn", .season(9))
        add(
            "vs|versus|compare|comparison|comparing|against|correlation|correlate|correlated|relationship|relation|compared to|compared with|plotted against|scatter",
            .versus)
        add("pie|pie chart|as a pie|donut|doughnut", .chart("pie"))
        add("bar|bar chart|bars|column chart|histogram", .chart("bar"))
        add("line|line chart|line graph", .chart("line"))
        add("scatter plot|scatterplot|scatter chart", .chart("scatter"))
        add("table|as a table", .chart("table"))
        add("area chart", .chart("area"))
        add(
            "sorted|sort|order|ordered|ranked|rank|ranking|sorted by|ordered by|order by|sort by|rank by",
            .sort(descending: nil))
        add(
            "descending|desc|highest first|largest first|decreasing|high to low|biggest first|most first",
            .sort(descending: true))
        add(
            "ascending|asc|lowest first|smallest first|increasing|low to high|alphabetical|alphabetically",
            .sort(descending: false))
        add(
            "rows|row|records|record|entries|entry|observations|observation|data points|lines|items|transactions|orders|samples|cases|instances|occurrences|people|customers|visits|times",
            .rows)
        for (i, m) in months.enumerated() {
            add(m, .month(i + 1))
            add(String(m.prefix(3)), .month(i + 1))
        }
        add("sept", .month(9))
        add("q1|first quarter", .quarterName(1))
        add("q2|second quarter", .quarterName(2))
        add("q3|third quarter", .quarterName(3))
        add("q4|fourth quarter", .quarterName(4))
        add("last|past|previous|latest|recent|most recent|final|trailing", .last)
        add("first|earliest|initial|opening", .first)
        add("since|starting|starting from|from the start of", .since)
        add("before|prior to|until|till|up until|earlier than", .before)
        add("after|later than", .after)
        add("from", .from)
        add("to", .to)
        add("through|thru|till the end of", .to)
        add("in|during|within", .during)
        add(stopwords, .stop)
        return k
    }()

    /// The column words a superlative adjective ranks by ("heaviest" → weight or mass).
    static let adjectiveMeasures: [String: [String]] = {
        var m: [String: [String]] = [:]
        func add(_ adjectives: String, _ words: [String]) {
            for a in adjectives.split(separator: "|") { m[String(a)] = words }
        }
        add("heaviest|lightest", ["weight", "mass", "wt"])
        add("longest|shortest", ["length", "duration", "distance", "dist", "dur", "los"])
        add("oldest|youngest", ["age", "dob"])
        add("hottest|warmest|coldest|coolest", ["temperature", "temp", "temp_f", "temp_c"])
        add("wettest|rainiest|driest", ["precipitation", "rain", "rainfall"])
        add("windiest", ["wind"])
        add("fastest|slowest", ["speed"])
        add("tallest", ["height"])
        add("widest|narrowest", ["width", "wide"])
        add("deepest|shallowest", ["depth", "deep"])
        add("thickest|thinnest", ["thickness", "depth", "width"])
        add(
            "northernmost|furthest north|farthest north|southernmost|furthest south|farthest south",
            ["latitude", "lat"])
        add(
            "easternmost|furthest east|farthest east|westernmost|furthest west|farthest west",
            ["longitude", "lon", "lng"])
        add("poorest", ["poverty"])
        add("richest", ["income", "wealth", "gdp"])
        add("priciest|most expensive|cheapest|least expensive", ["price", "cost", "chg", "charge"])
        return m
    }()

    /// Single words that name an aggregate ("total", "average"), for columns named the same.
    static let aggregateWords: [String: Aggregate] = {
        var m: [String: Aggregate] = [:]
        for (p, k) in keywords where !p.contains(" ") {
            if case .aggregate(let a) = k { m[p] = a }
        }
        return m
    }()

    /// Plain words for common codings of values (M/F, Male/Female, Y/N, US state codes).
    static let valueAliases: [String: [String]] = usStates.merging(
        [
            "male": ["men", "man", "males", "boys", "guys"],
            "female": ["women", "woman", "females", "girls", "ladies"],
            "m": ["male", "males", "men", "man"], "f": ["female", "females", "women", "woman"],
            "y": ["yes"], "n": ["no"], "true": ["yes"], "false": ["no"],
        ], uniquingKeysWith: { a, b in a + b })

    /// US state codes and their names.
    static let usStates: [String: [String]] = {
        let names =
            "al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware|fl florida|ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas|ky kentucky|la louisiana|me maine|md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi|mo missouri|mt montana|ne nebraska|nv nevada|nh new hampshire|nj new jersey|nm new mexico|ny new york|nc north carolina|nd north dakota|oh ohio|ok oklahoma|or oregon|pa pennsylvania|ri rhode island|sc south carolina|sd south dakota|tn tennessee|tx texas|ut utah|vt vermont|va virginia|wa washington|wv west virginia|wi wisconsin|wy wyoming|dc district of columbia"
        var out: [String: [String]] = [:]
        for entry in names.split(separator: "|") {
            let code = String(entry.prefix(2))
            out[code] = [String(entry.dropFirst(3))]
        }
        return out
    }()

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static let stopwords =
        "the|a|an|of|for|on|at|change|changes|changed|changing|vary|varies|varied|evolved|developed|show|show me|me|give|give me|tell|tell me|list|display|plot|chart|graph|draw|visualize|visualise|get|find|what is|what are|what was|what were|is|are|was|were|be|been|do|does|did|has|have|had|having|with|where|when|whose|that|this|these|those|there|their|its|it|as|all|any|our|my|we|i|you|please|can|could|would|should|will|how|much|about|overall|value|values|data|dataset|figures|numbers|amount|level|levels|a chart of|using|used|recorded|see|look|looking|like|want|need|across time|give me a|let me see|versus time|whole|entire|period|periods|so far|ever|then|than|just|only|some|also|into|out|up|down|get me|report|summary|summarize|summarise|breakdown of|information|info|stats|statistics|measure|measured|metric|metrics|per cent|here|now|one|ones|kind|kinds|type of|group|groups|grouped|category|categories|make|made|happened|happen|occurred|per each|versus each|vs each|respectively|along|both|given|e g|ie|etc|did the|there were|had the|so|know|usually|generally|pls|plz|thanks|thank you|anyone|anybody|someone|somebody|hey|hi|ok|okay|um|uh|really|actually|basically|roughly|approximately|around|wondering|curious|quick|quickly|i wonder|can you|could you|let me know|killed|died|die|dead|won|win|wins|got|gets|leave|left|paid|pay|spent|live|lives|lived|scored|went|took|there|rate|rates|score|scores|result|results|figure"

    /// Column-word synonyms and abbreviations (each group is interchangeable).
    static let wordGroups: [[String]] = [
        // Abbreviations common in exported tables.
        ["nm", "name"], ["dt", "date"], ["cd", "code"], ["desc", "description"], ["amt", "amount"],
        ["chg", "charge", "charges", "charged"], ["flg", "flag"], ["loc", "location", "office"],
        ["disc", "discount", "discounts"], ["svc", "service"], ["pt", "patient", "patients"],
        ["sys", "systolic"], ["bp", "blood pressure"], ["los", "length of stay", "stay", "stays"],
        ["exp", "experience"], ["pos", "position", "positions"], ["pts", "points"],
        ["reb", "rebounds", "rebound", "rebounding"], ["ast", "assists", "assist"], ["stl", "steals"],
        ["blk", "blocks"], ["gp", "games played", "games"], ["fg", "field goal", "field goals", "shooting"],
        ["min played", "minutes played", "minutes", "playing time"], ["gen", "generation", "generated", "output"],
        ["kwh", "energy", "electricity"], ["kw", "demand", "load"],
        ["usage", "use", "uses", "consumption", "consumed"],
        ["usd", "dollars", "cost"], ["wt", "weight", "weights"], ["qty", "units", "units sold", "quantity sold"],
        ["avg", "average"], ["tot", "total"], ["yr", "year"], ["mo", "month"], ["hr", "hour"],
        ["dob", "birth date", "date of birth"], ["addr", "address"], ["tel", "phone"], ["acct", "account"],
        ["cat", "category"], ["prod", "product"], ["emp", "employee"], ["mgr", "manager"], ["org", "organization"],
        ["salary", "salaries", "pay", "wage", "wages", "payroll", "earnings", "earning", "earn", "earns", "paid"],
        ["amt", "amount", "sales", "revenue", "sold", "sells", "sell"],
        ["transit", "delivery", "shipping"], ["carrier", "shipper", "courier", "airline", "airlines"],
        ["dep", "departure", "departures", "departing"], ["arr", "arrival", "arrivals", "arriving"],
        ["produced", "production", "output", "manufactured"],
        ["src", "source", "sources", "traffic source", "referrer"],
        ["sessions", "traffic"], ["sess", "session"], ["cnt", "count", "number"],
        ["origin", "from city", "source", "airport", "airports", "origin airport", "departure airport"],
        ["dest", "destination"],
        ["nbhd", "neighborhood", "neighbourhood", "neighborhoods"], ["sqft", "square feet", "square footage", "sq ft"],
        ["beds", "bedrooms", "bedroom", "br"], ["baths", "bathrooms", "bathroom", "ba"], ["mkt", "market"],
        ["dom", "days on market"], ["subj", "subject", "subjects"], ["lvl", "level"], ["perf", "performance"],
        ["admit", "admission", "admissions", "admitted", "admittance"],
        ["readmit", "readmission", "readmissions", "readmitted"], ["pto", "vacation", "time off", "leave"],
        ["revenue", "sales", "income", "turnover", "earnings", "takings"],
        ["quantity", "qty", "units", "volume"],
        ["yrs", "years"], ["hrs", "hours"], ["mins", "minutes"], ["secs", "seconds"],
        ["pct", "percent", "percentage", "%", "perc"], ["dist", "distance"], ["dur", "duration"], ["num", "number"],
        ["cnt", "count"], ["dept", "department"], ["emp", "employee", "employees"], ["cust", "customer"],
        ["qty", "quantity"], ["wt", "weight"], ["ht", "height"], ["elev", "elevation"], ["alt", "altitude"],
        ["lng", "longitude"], ["desc", "description"], ["addr", "address"], ["rev", "revenue"],
        ["price", "cost", "unit price"],
        ["amount", "amt", "value"],
        ["temperature", "temp", "temps"],
        ["precipitation", "rainfall", "precip"],
        ["population", "pop", "people", "inhabitants"],
        ["expectancy", "exp", "expectation"],
        ["gdp", "gross domestic product"],
        ["percap", "per capita", "percapita", "per person"],
        ["maximum", "max", "high"],
        ["minimum", "min", "low"],
        ["miles per gallon", "mpg", "fuel economy", "fuel efficiency"],
        ["horsepower", "hp", "power"],
        ["weight", "mass", "weigh", "weighs", "weighed", "heavy"],
        ["age", "old", "aged"],
        ["lbs", "pounds", "lb"],
        ["displacement", "engine size"],
        ["acceleration", "accel"],
        ["cylinders", "cyl", "cylinder"],
        ["origin", "region of origin", "made in"],
        ["wind", "wind speed", "windspeed"],
        ["tip", "tips", "gratuity", "gratuities", "tipping"],
        ["bill", "check", "tab"],
        ["total bill", "bill total", "bill amount", "bill", "check amount", "meal cost"],
        ["size", "party size", "group size", "number of people", "people", "diners", "guests"],
        ["sex", "gender"],
        ["smoker", "smoking", "smokers"],
        ["time", "meal", "service", "time of day"],
        ["day", "weekday", "day of week", "day of the week"],
        ["price", "stock price", "share price", "closing price", "close"],
        ["symbol", "ticker", "stock", "stocks", "company", "companies"],
        ["country", "nation", "nations", "countries"],
        ["continent", "region", "regions", "continents"],
        ["species", "kind of flower", "flower type", "iris type"],
        ["sepal", "sepals"],
        ["petal", "petals"],
        ["length", "len", "long"],
        ["width", "wide", "breadth"],
        ["yield", "harvest", "crop yield", "production"],
        ["variety", "varieties", "cultivar", "strain"],
        ["site", "location", "place", "farm", "sites", "locations"],
        ["weather", "conditions", "weather type", "condition"],
        ["name", "model", "title"],
        ["category", "type", "segment", "class", "group"],
        ["customer", "client", "buyer"],
        ["product", "item", "sku"],
        ["marketing", "advertising", "ads", "promotion"],
        ["spend", "spending", "expense", "expenses", "budget"],
        ["profit", "margin", "net income"],
        ["date", "day", "when"],
        // Chemical formulas as column names (`co2`, `no2`) and their names.
        ["co 2", "co2", "carbon dioxide"], ["ch 4", "ch4", "methane"], ["no 2", "no2", "nitrogen dioxide"],
        ["so 2", "so2", "sulfur dioxide", "sulphur dioxide"], ["o 3", "o3", "ozone"],
    ]

    /// Single words that are an aggregate or share keyword: a synonym alone never turns them
    /// into a column ("percentage" stays a share, not `bonus_pct`).
    static let reservedWords: Set<String> = {
        var out: Set<String> = []
        for (p, k) in keywords where !p.contains(" ") {
            switch k {
            case .aggregate, .share, .count, .growth: out.insert(p)
            default: continue
            }
        }
        return out
    }()

    /// Known abbreviations of weekday names (`Thur` → Thursday).
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words naming measures that are not additive (a rate, a level): their default aggregate
    /// is the average rather than the sum.
    static let averagedWords: Set<String> = [
        "temp", "temperature", "rate", "price", "percap", "exp", "expectancy", "width", "length", "wind", "gallon",
        "mpg", "speed", "age", "score", "rating", "pct", "percent", "ratio", "acceleration", "horsepower", "weight",
        "displacement", "lat", "latitude", "lon", "longitude", "yield", "max", "min", "avg", "mean", "humidity",
        "salary",
        "wage", "kw", "peak", "bmi", "bp", "fg", "los", "stay", "duration", "transit", "perf",
        "pressure", "close", "open", "high", "low", "level", "index", "cylinders", "margin", "strength", "mass",
    ]
}
