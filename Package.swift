// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "masante",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PQ", targets: ["PQ"]),
        .library(name: "MaSante", targets: ["MaSante"]),
        .library(name: "MaSanteStore", targets: ["MaSanteStore"]),
        .library(name: "MaSanteReports", targets: ["MaSanteReports"]),
        .library(name: "MaSanteApp", targets: ["MaSanteApp"]),
        .library(name: "MaSanteDemo", targets: ["MaSanteDemo"]),
        .library(name: "MaSanteWeb", targets: ["MaSanteWeb"]),
        .executable(name: "masante", targets: ["masante"]),
        .library(name: "Rostering", targets: ["Rostering"]),
        .library(name: "RosteringCurtois", targets: ["RosteringCurtois"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "PQ", dependencies: ["CLibPQ"]),
        .target(name: "MaSante"),
        .executableTarget(name: "EmbedMigrations", path: "Plugins/EmbedMigrationsTool"),
        .plugin(
            name: "EmbedMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedMigrations"]
        ),
        .target(name: "MaSantePostgres", dependencies: ["PQ", "MaSante"]),
        .target(
            name: "MaSanteStore",
            dependencies: ["PQ", "MaSante", "MaSantePostgres"],
            plugins: ["EmbedMigrationsPlugin"]
        ),
        .target(name: "MaSanteReports", dependencies: ["MaSante", "WeekPlanner", "Rostering"]),
        .target(
            name: "MaSanteTerminal",
            dependencies: [
                "MaSante", "MaSanteStore", "MaSanteReports", "MaSanteApp", "WeekPlanner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "MaSanteDemo", dependencies: ["MaSante", "Rostering"]),
        .target(name: "MaSanteApp", dependencies: ["MaSante", "MaSanteStore", "MaSanteReports", "MaSanteDemo", "WeekPlanner", "Rostering"]),
        .target(
            name: "MaSanteWeb",
            dependencies: [
                "MaSante", "MaSanteApp", "MaSanteStore", "MaSanteReports", "WeekPlanner", "Rostering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates"), .copy("Static")]
        ),
        .executableTarget(
            name: "masante",
            dependencies: [
                "MaSante", "MaSanteStore", "MaSanteReports", "MaSanteApp", "MaSanteWeb", "MaSanteTerminal", "WeekPlanner", "Rostering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "Rostering"),
        .target(name: "RosteringCurtois", dependencies: ["Rostering"]),
        .target(name: "WeekPlanner", dependencies: ["MaSante", "Rostering"]),
        .target(name: "TestSupport", dependencies: ["PQ"], path: "Tests/TestSupport"),
        .testTarget(name: "PQTests", dependencies: ["PQ"]),
        .testTarget(
            name: "MaSanteTests",
            dependencies: ["MaSante", "Rostering", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "MaSanteStoreTests", dependencies: ["MaSanteStore", "PQ", "TestSupport"]),
        .testTarget(name: "MaSanteDemoTests", dependencies: ["MaSanteDemo", "MaSanteStore", "MaSante", "PQ", "TestSupport"]),
        .testTarget(name: "MaSanteReportsTests", dependencies: ["MaSanteReports", "MaSante", "TestSupport"]),
        .testTarget(name: "MaSanteAppTests", dependencies: ["MaSanteApp", "MaSanteStore", "MaSante", "WeekPlanner", "MaSanteReports", "PQ", "TestSupport"]),
        .testTarget(
            name: "MaSanteWebTests",
            dependencies: [
                "MaSanteWeb", "MaSanteApp", "MaSanteStore", "MaSanteDemo", "MaSante", "PQ", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "RosteringTests", dependencies: ["Rostering", "RosteringCurtois"]),
        .testTarget(name: "WeekPlannerTests", dependencies: ["WeekPlanner", "MaSante", "Rostering"]),
        .testTarget(
            name: "masanteTests",
            dependencies: ["masante", "MaSanteTerminal", "MaSanteDemo", "PQ", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ]
)

// The same strict settings for every Swift target of ours.
for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
