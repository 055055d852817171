// swift-tools-version: 6.2
import PackageDescription

/// Settings for our own targets only (never applied to dependencies): Swift 6 mode,
/// warnings as errors, and the upcoming features the house style asks for.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "leadrecon",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leadrecon", targets: ["leadrecon"]),
        .library(name: "LeadreconCore", targets: ["LeadreconCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Test-only: generators and shrinking for the property tests (round trips, ledger, idempotence).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // libcsv (Debian libcsv-dev) ships no pkg-config file: the module map links "csv" itself.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // CSV reading and writing: bytes in, rows out. No lead knowledge.
        .target(
            name: "LeadreconCSV",
            dependencies: ["CLibCSV"],
            swiftSettings: strictSettings
        ),
        // Typed values from text: timestamps with precision, numbers, booleans. No lead knowledge.
        .target(
            name: "LeadreconValues",
            swiftSettings: strictSettings
        ),
        // A cache prefetch hint (`__builtin_prefetch`), which Swift cannot express.
        .target(name: "CPrefetch"),
        // Record linkage: normalisers, comparators, blocking, scoring, clustering. Generic: works on
        // any people records, knows nothing of leads.
        .target(
            name: "LeadreconLink",
            dependencies: ["LeadreconValues", "CPrefetch"],
            swiftSettings: strictSettings
        ),
        // The lead domain: canonical fields, header presets, pipeline files, ingest, runner, reports.
        .target(
            name: "LeadreconCore",
            dependencies: [
                "LeadreconCSV",
                "LeadreconValues",
                "LeadreconLink",
                "CPrefetch",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The command: argument parsing and wiring only.
        .executableTarget(
            name: "leadrecon",
            dependencies: [
                "LeadreconCore",
                "LeadreconCSV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LeadreconCSVTests",
            dependencies: ["LeadreconCSV", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LeadreconValuesTests",
            dependencies: ["LeadreconValues"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LeadreconLinkTests",
            dependencies: ["LeadreconLink", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LeadreconCoreTests",
            dependencies: [
                "LeadreconCore", "LeadreconCSV", "LeadreconValues",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["LeadreconCore"],
            // Golden outputs are read by path (from #filePath), not as bundle resources.
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
    ]
)
