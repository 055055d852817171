import LeadreconLink
import Testing

/// Names and companies in scripts other than Latin go through ICU (`Any-Latin; Latin-ASCII;
/// Any-Lower`), which swift-corelibs-foundation bundles on Linux.
@Suite struct NormalizeTransliterationTests {
    @Test func icuAnswersOnThisPlatform() {
        #expect(PersonNameNormalizer.romanisesOtherScripts)
    }

    @Test(arguments: [
        ("Михаил", "Горбачёв", "mihail | gorbacev"),
        ("Анна", "Иванова", "anna | ivanova"),
        ("Юлия", "Щербакова", "ulia | serbakova"),
        ("Γιώργος", "Παπαδόπουλος", "giorgos | papadopoulos"),
        ("Νίκος", "Καζαντζάκης", "nikos | kazantzakes"),
        ("Nguyễn", "Thị Minh Khai", "nguyen | thiminhkhai"),
        ("Trần", "Hưng Đạo", "tran | hungdao"),
        ("明", "王", "ming | wang"),
        ("Dmitrij", "Иванов", "dmitrij | ivanov"),
        ("Ивaн", "Müller", "ivan | mueller"),
        ("Ștefan", "Țurcanu", "stefan | turcanu"),
        ("דוד", "כהן", "dwd | khn"),
    ])
    func otherScriptsAreRomanised(first: String, last: String, keys: String) throws {
        var normalizer = PersonNameNormalizer()
        let normalized = normalizer.normalize(first: first, last: last)
        let name = try #require(normalized)
        #expect(name.firstKey + " | " + name.lastKey == keys)
    }

    /// Mixed Latin and Cyrillic: the German fold still spells the umlaut, the plain one drops it.
    @Test func umlautsBesideAnotherScriptKeepBothFolds() throws {
        var normalizer = PersonNameNormalizer()
        let normalized = normalizer.normalize(first: "Jörg Иван", last: "Müller")
        let name = try #require(normalized)
        #expect(name.firstKey == "joergivan")
        #expect(name.firstKeyPlain == "jorgivan")
    }

    @Test func transliterationsAreCachedPerDistinctValue() {
        var normalizer = PersonNameNormalizer()
        _ = normalizer.normalize(first: "Latin", last: "Only")
        #expect(normalizer.cachedValueCount == 0)
        _ = normalizer.normalize(first: "Анна", last: "Иванова")
        let afterFirst = normalizer.cachedValueCount
        #expect(afterFirst == 4)  // two values, two styles
        _ = normalizer.normalize(first: "Анна", last: "Иванова")
        #expect(normalizer.cachedValueCount == afterFirst)
    }

    @Test func cacheIsBoundedAndOptional() {
        var bounded = PersonNameNormalizer(cacheCapacity: 2)
        var uncached = PersonNameNormalizer(cacheCapacity: 0)
        let names = ["Анна", "Борис", "Вера", "Глеб", "Дарья"]
        for name in names {
            let cachedName = bounded.normalize(first: name, last: "Иванов")
            let uncachedName = uncached.normalize(first: name, last: "Иванов")
            #expect(cachedName == uncachedName)
            #expect(bounded.cachedValueCount <= 4)
        }
        #expect(uncached.cachedValueCount == 0)
    }

    /// A copy starts with the same cache and then goes its own way: what one worker caches does not
    /// change another's results.
    @Test func copiesAreIndependent() {
        var original = PersonNameNormalizer()
        _ = original.normalize(first: "Анна", last: "Иванова")
        var copy = original
        _ = copy.normalize(first: "Борис", last: "Петров")
        #expect(original.cachedValueCount == 4)
        #expect(copy.cachedValueCount == 8)
    }

    @Test(arguments: [
        ("ООО Ромашка", "ooo romaska"),
        ("Ελληνικά Πετρέλαια Α.Ε.", "ellenika petrelaia a e"),
        ("株式会社 東芝", "zhu shi hui she dong zhi"),
    ])
    func companiesInOtherScripts(raw: String, key: String) throws {
        var normalizer = CompanyNormalizer()
        let company = normalizer.normalize(raw)
        #expect(try #require(company).key == key)
    }
}
