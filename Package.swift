// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Readiness",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "readiness", targets: ["readiness"]),
        // Libraries only so the fuzz package in Fuzz/ can depend on them; nothing else is promised.
        .library(name: "ReadinessCore", targets: ["ReadinessCore"]),
        .library(name: "ReadinessInterview", targets: ["ReadinessInterview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // 5.0.1 on purpose: it keeps duplicate mapping keys, so the loader can report
        // both places; 6.x throws on the first duplicate with only one location.
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
    ],
    targets: [
        // The model: questionnaires, loading with diagnostics, assessments, scoring, the split. No I/O.
        .target(
            name: "ReadinessCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The summary as text, Markdown, HTML and JSON.
        .target(name: "ReadinessReports", dependencies: ["ReadinessCore"]),
        // The one loop that writes bytes to a file descriptor, for every module that writes.
        .target(name: "ReadinessIO"),
        // Files: saved assessments, the questionnaire folder, atomic writes.
        .target(name: "ReadinessStore", dependencies: ["ReadinessCore", "ReadinessIO"]),
        // The interview as a pure state machine rendered to a grid of cells.
        .target(name: "ReadinessInterview", dependencies: ["ReadinessCore"]),
        // The one door to curses.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal: the ncurses backend and the plain line mode.
        .target(
            name: "ReadinessTerminal",
            dependencies: ["ReadinessCore", "ReadinessInterview", "ReadinessIO", "CNcursesw"]
        ),
        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "readiness",
            dependencies: [
                "ReadinessCore",
                "ReadinessReports",
                "ReadinessStore",
                "ReadinessIO",
                "ReadinessInterview",
                "ReadinessTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A seeded random generator for the property tests, the kill test and the benchmarks; never the program.
        .target(name: "ReproducibleRandom"),
        // The in-process half of the benchmark suite; `Benchmarks/run` builds and drives it. Not a test.
        .executableTarget(
            name: "readiness-bench",
            dependencies: ["ReadinessCore", "ReadinessReports", "ReproducibleRandom"],
            path: "Benchmarks/readiness-bench"
        ),
        .testTarget(
            name: "ReadinessCoreTests",
            dependencies: ["ReadinessCore", "ReproducibleRandom"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ReadinessStoreTests", dependencies: ["ReadinessCore", "ReadinessStore"]),
        // Fixtures and snapshots are read from the source tree (so RECORD_SNAPSHOTS=1 can rewrite them).
        .testTarget(
            name: "ReadinessReportsTests",
            dependencies: ["ReadinessCore", "ReadinessReports"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(
            name: "ReadinessInterviewTests",
            dependencies: ["ReadinessCore", "ReadinessInterview", "ReadinessStore", "ReproducibleRandom"],
            exclude: ["Snapshots"]
        ),
        // Drives the real binary: through pipes, and in a real terminal through tmux.
        .testTarget(name: "ReadinessEndToEndTests", dependencies: ["ReadinessCore", "ReproducibleRandom"]),
    ]
)
