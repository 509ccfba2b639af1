// swift-tools-version:6.1
import PackageDescription

// The benchmark of scripts/bench: the same PostgreSQL workload through raw C libpq (target
// CBaseline), through the PQ wrapper of the root package and through postgres-nio, in one
// process. A package of its own, so that the root package's build and tests never depend on
// it, nor wait for postgres-nio to build.
let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "masante", path: ".."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libpq for the C baseline; include and library paths come from pkg-config.
        .systemLibrary(
            name: "CLibPQBench",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "CBaseline",
            dependencies: ["CLibPQBench"],
            linkerSettings: [.linkedLibrary("pq")]
        ),
        .executableTarget(
            name: "PQBench",
            dependencies: [
                "CBaseline",
                .product(name: "PQ", package: "masante"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Issue 4: importing staff from a CSV file against a bare COPY of the same rows.
        .executableTarget(
            name: "ImportBench",
            dependencies: [
                .product(name: "MaSante", package: "masante"),
                .product(name: "MaSanteStore", package: "masante"),
                .product(name: "PQ", package: "masante"),
            ]
        ),
        // Issue 6: the progress report on a network 1, 10 and 100 times the demo.
        .executableTarget(
            name: "ReportBench",
            dependencies: [
                .product(name: "MaSante", package: "masante"),
                .product(name: "MaSanteStore", package: "masante"),
                .product(name: "PQ", package: "masante"),
            ]
        ),
        // Issue 5: checking a year of schedules (30 centres, 200 people) against reading it.
        .executableTarget(
            name: "PlanningBench",
            dependencies: [
                .product(name: "MaSante", package: "masante"),
                .product(name: "MaSanteStore", package: "masante"),
                .product(name: "PQ", package: "masante"),
            ]
        ),
        // The rostering engine on the Curtois & Qu benchmark, scored by the independent checker.
        .executableTarget(
            name: "PlannerBench",
            dependencies: [
                .product(name: "Rostering", package: "masante"),
                .product(name: "RosteringCurtois", package: "masante"),
                .product(name: "MaSante", package: "masante"),
                .product(name: "MaSanteStore", package: "masante"),
                .product(name: "MaSanteApp", package: "masante"),
            ]
        ),
    ]
)
