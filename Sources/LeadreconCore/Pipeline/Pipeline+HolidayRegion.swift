extension Pipeline {
    /// Whose public holidays count as closed days.
    public struct HolidayRegion: Sendable, Hashable {
        /// The country; only Germany for now.
        public var country: Country
        /// The German Land whose own holidays also count; `nil` for nation-wide holidays only.
        public var state: GermanState?

        /// Germany's nation-wide holidays, plus those of `state` if given.
        public init(country: Country = .germany, state: GermanState? = nil) {
            self.country = country
            self.state = state
        }

        /// A country whose public holidays leadrecon knows.
        public enum Country: String, Sendable, CaseIterable {
            case germany = "DE"
        }

        /// The 16 German Länder, by their ISO 3166-2 codes without the `DE-` prefix.
        public enum GermanState: String, Sendable, CaseIterable {
            case badenWuerttemberg = "BW"
            case bavaria = "BY"
            case berlin = "BE"
            case brandenburg = "BB"
            case bremen = "HB"
            case hamburg = "HH"
            case hesse = "HE"
            case mecklenburgVorpommern = "MV"
            case lowerSaxony = "NI"
            case northRhineWestphalia = "NW"
            case rhinelandPalatinate = "RP"
            case saarland = "SL"
            case saxony = "SN"
            case saxonyAnhalt = "ST"
            case schleswigHolstein = "SH"
            case thuringia = "TH"
        }
    }
}
