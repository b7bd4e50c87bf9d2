// swift-tools-version:6.2
import PackageDescription

/// Every target compiles in Swift 6 language mode with warnings as errors. Release builds specialise generic code
/// across modules (the record schemas live in HRAPCore, the bulk paths that use them in HRAPStore): measured with
/// hrap-bench and callgrind, it removes about 30 % of the instructions of a CSV import.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
]

let package = Package(
    name: "hrap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hrap", targets: ["hrap"]),
        .executable(name: "hrap-bench", targets: ["hrap-bench"]),
    ],
    targets: [
        // Infrastructure: small libraries that know nothing of human rights.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "Locking", swiftSettings: strict),
        .target(name: "SQLiteStore", dependencies: ["CSQLite", "Locking"], swiftSettings: strict),
        .target(name: "JSONCoding", swiftSettings: strict),
        .target(name: "CSVParsing", swiftSettings: strict),
        .target(name: "CLIKit", swiftSettings: strict),
        .target(name: "FileSystem", swiftSettings: strict),
        .target(name: "SeededRandom", swiftSettings: strict),
        .target(name: "Mustache", swiftSettings: strict),
        .target(name: "Hashing", swiftSettings: strict),
        .target(name: "LinkedData", dependencies: ["JSONCoding"], swiftSettings: strict),
        .target(name: "Archiving", swiftSettings: strict),
        .systemLibrary(name: "CEpoll"),
        .target(name: "HTTPServing", dependencies: ["CEpoll", "Locking"], swiftSettings: strict),

        // Domain.
        .target(name: "HRAPCore", dependencies: ["JSONCoding"], swiftSettings: strict),
        .target(
            name: "HRAPStore", dependencies: ["HRAPCore", "SQLiteStore", "JSONCoding", "CSVParsing", "Locking"],
            swiftSettings: strict),
        .target(
            name: "HRAPReports", dependencies: ["HRAPCore", "JSONCoding", "Mustache", "CSVParsing", "LinkedData"],
            swiftSettings: strict),
        .target(name: "SyntheticData", dependencies: ["HRAPCore", "SeededRandom"], swiftSettings: strict),
        .target(
            name: "HRAPUseCases",
            dependencies: ["HRAPStore", "HRAPCore", "JSONCoding", "SQLiteStore", "Hashing", "CSVParsing"],
            swiftSettings: strict
        ),
        .target(
            name: "HRAPServer",
            dependencies: [
                "HRAPUseCases", "HRAPReports", "HRAPCore", "HTTPServing", "JSONCoding", "Hashing", "CSVParsing",
                "Archiving",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "HRAPWeb",
            dependencies: [
                "HRAPUseCases", "HRAPReports", "HRAPCore", "HTTPServing", "Hashing", "Mustache", "JSONCoding",
                "LinkedData", "Archiving", "Locking",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "HRAPCLI",
            dependencies: [
                "HRAPUseCases", "HRAPReports", "HRAPCore", "CLIKit", "CSVParsing", "JSONCoding", "FileSystem",
                "Mustache", "HRAPServer", "HTTPServing", "HRAPWeb", "Hashing",
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "hrap", dependencies: ["HRAPCLI", "CLIKit"], swiftSettings: strict),
        .executableTarget(
            name: "hrap-bench",
            dependencies: [
                "HRAPStore", "HRAPCore", "SyntheticData", "CSQLite", "CSVParsing", "JSONCoding",
                "HRAPUseCases",
                "HRAPReports", "Mustache", "HTTPServing", "Hashing",
            ],
            swiftSettings: strict
        ),

        // Fixtures shared by test targets (never linked into a product).
        .target(
            name: "TestSupport", dependencies: ["HRAPUseCases", "HRAPCore"], path: "Tests/TestSupport",
            swiftSettings: strict),

        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore"], swiftSettings: strict),
        .testTarget(name: "LockingTests", dependencies: ["Locking"], swiftSettings: strict),
        .testTarget(name: "JSONCodingTests", dependencies: ["JSONCoding", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "CSVParsingTests", dependencies: ["CSVParsing", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "CLIKitTests", dependencies: ["CLIKit", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "FileSystemTests", dependencies: ["FileSystem"], swiftSettings: strict),
        .testTarget(name: "HTTPServingTests", dependencies: ["HTTPServing"], swiftSettings: strict),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"], swiftSettings: strict),
        .testTarget(name: "ArchivingTests", dependencies: ["Archiving"], swiftSettings: strict),
        .testTarget(name: "LinkedDataTests", dependencies: ["LinkedData", "JSONCoding"], swiftSettings: strict),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "JSONCoding"], swiftSettings: strict),
        .testTarget(
            name: "HRAPCoreTests",
            dependencies: ["HRAPCore", "HRAPReports", "JSONCoding", "SyntheticData", "SeededRandom"],
            swiftSettings: strict),
        .testTarget(
            name: "HRAPStoreTests",
            dependencies: ["HRAPStore", "HRAPCore", "SQLiteStore", "SyntheticData", "SeededRandom"],
            swiftSettings: strict),
        .testTarget(
            name: "HRAPUseCasesTests",
            dependencies: ["HRAPUseCases", "HRAPStore", "HRAPCore", "SQLiteStore", "JSONCoding", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "HRAPServerTests",
            dependencies: [
                "HRAPServer", "HRAPUseCases", "HRAPStore", "HRAPCore", "HTTPServing", "JSONCoding", "TestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "HRAPWebTests",
            dependencies: [
                "HRAPWeb", "HRAPUseCases", "HRAPReports", "HRAPCore", "HTTPServing", "JSONCoding", "TestSupport",
                "SQLiteStore", "Hashing", "SeededRandom",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "HRAPCLITests",
            dependencies: [
                "HRAPCLI", "HRAPUseCases", "HRAPStore", "SeededRandom", "JSONCoding", "SQLiteStore", "CLIKit",
                "TestSupport", "SyntheticData", "HRAPWeb", "HRAPReports", "HRAPCore",
            ],
            swiftSettings: strict),
    ]
)
