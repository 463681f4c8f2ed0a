// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: aiser → Serve → Generator → Engine.
//
// `AISER_ONLY=Engine` (or `Generator`) trims the package to that module, the modules below it,
// the CLI without the subcommands that need more, and their tests: a quick development loop
// that skips building the HTTP stack. CLI files guard such subcommands with `#if canImport`.
// CI and releases always build the whole package.
let only = Context.environment["AISER_ONLY"]
/// `AISER_FUZZ=1` adds the libFuzzer binaries (`fuzz/`, one per layer), which link only with
/// `--sanitize fuzzer`; scripts/fuzz builds them in their own scratch folders.
let fuzzing = Context.environment["AISER_FUZZ"] == "1"

/// Every target: existentials spelled `any P`, and a module's members visible only where it is
/// imported (no leaking through another file's import).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let engine: [Target] = [
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(
        name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev", "libcairo2-dev", "zlib1g-dev"])]),
    .target(
        name: "Engine",
        dependencies: [
            "CSQLite", "CRsvg",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: strict),
    .target(name: "TestSupport", dependencies: ["Engine"], path: "Tests/TestSupport", swiftSettings: strict),
    .testTarget(
        name: "EngineTests", dependencies: ["Engine", "TestSupport"], resources: [.copy("Fixtures")],
        swiftSettings: strict),
]

let generator: [Target] = [
    .systemLibrary(
        name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
        providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    .target(
        name: "Generator",
        dependencies: [
            "Engine", "CCmarkGFM",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: strict),
    .testTarget(name: "GeneratorTests", dependencies: ["Generator", "TestSupport"], swiftSettings: strict),
]

let serve: [Target] = [
    .target(
        name: "Serve",
        dependencies: [
            "Generator", "Engine",
            // Warehouse connectors (Warehouse/): PostgreSQL over postgres-nio, ClickHouse over HTTP.
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ], swiftSettings: strict),
    .testTarget(
        name: "ServeTests",
        dependencies: [
            "Serve", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
]

let engineDependencies: [Package.Dependency] = [
    .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
]
let generatorDependencies: [Package.Dependency] = [
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
]
let serveDependencies: [Package.Dependency] = [
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
    .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
    // Already in the graph through Hummingbird; named for `NIOThreadPool` (the stores' threads).
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    // Logging is imported by Serve only (Hummingbird brings it too).
    .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
    // Already in the graph through Hummingbird; named because `aiser dev` runs its own ServiceGroup.
    .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    // Webhook deliveries; already in the graph through HummingbirdTesting.
    .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    // PostgreSQL warehouse sources (Serve's Warehouse folder).
    .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
    // TLS to PostgreSQL warehouses; already in the graph through async-http-client.
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
]

/// The thin CLI over whichever modules this build has.
func cli(_ modules: [Target.Dependency]) -> [Target] {
    [
        .executableTarget(
            name: "aiser",
            dependencies: modules + [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["aiser", "TestSupport"], swiftSettings: strict),
    ]
}

/// The libFuzzer binaries, one per layer so a target builds only the modules it reads
/// (`AISER_FUZZ_TARGET` picks a target of the binary; see scripts/fuzz).
let fuzzKit: Target = .target(name: "FuzzKit", path: "fuzz/Sources/FuzzKit", swiftSettings: strict)
func fuzzer(_ layer: String, _ modules: [Target.Dependency]) -> Target {
    .executableTarget(
        name: "aiser-fuzz-\(layer)", dependencies: ["FuzzKit"] + modules, path: "fuzz/Sources/\(layer)",
        swiftSettings: strict)
}
let engineFuzz = [fuzzKit, fuzzer("engine", ["Engine"])]
let generatorFuzz = [fuzzer("generator", ["Generator"])]
let serveFuzz = [
    fuzzer(
        "serve",
        [
            "Serve",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
        ])
]

var targets: [Target]
let dependencies: [Package.Dependency]
switch only {
case "Engine":
    targets = engine + cli(["Engine"]) + (fuzzing ? engineFuzz : [])
    dependencies = engineDependencies
case "Generator":
    targets = engine + generator + cli(["Engine", "Generator"]) + (fuzzing ? engineFuzz + generatorFuzz : [])
    dependencies = engineDependencies + generatorDependencies
default:
    targets = engine + generator + serve + cli(["Engine", "Generator", "Serve"])
    dependencies = engineDependencies + generatorDependencies + serveDependencies
    if fuzzing { targets += engineFuzz + generatorFuzz + serveFuzz }
}

let package = Package(
    name: "aiser",
    platforms: [.macOS(.v14)],
    products: [.executable(name: "aiser", targets: ["aiser"])],
    dependencies: dependencies,
    targets: targets
)
