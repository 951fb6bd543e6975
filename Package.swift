// swift-tools-version:6.0
import PackageDescription

// Release builds on Linux put the functions that starting and drawing an interview run side by side
// (Linker/startup-functions.txt, written by Benchmarks/order-functions), so a start maps half as much
// of the program's code as when its pages lie all over the 12 MB of it. Each function gets its own
// section so the linker can move it; lld (which ships with Swift) reads the order. A function missing
// from the list only stays where it was; those the compiler emits with no name to list are gathered by
// Linker/unnamed-functions.ld.
//
// They also reach generic types (an array of answers, a dictionary keyed by question) through the type's
// own metadata function, not by the type's mangled name: the name has to be decoded on first use and each
// of the type's requirements (a key is Hashable) looked up among all 4,000 conformances of the program.
// That was 2.3 million instructions of a start (a tenth), measured 2026-12-06.
let packageRoot = String(#filePath.dropLast("/Package.swift".count))
let startupLayout: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-function-sections", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(platforms: [.linux], configuration: .release))
]
// The shipped program is also linked whole (`-static-executable`): the C library, curses and libyaml
// come inside it, only their parts it calls. Loading seven shared libraries and relocating a 40 MB
// position-independent program took a quarter of its start and 3.5 MiB of its pages (measured
// 2026-12-06); a static, fixed-address program maps neither. It also runs on any x86-64 Linux,
// whatever the libraries installed there.
let startupLinking: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-static-executable", "-use-ld=lld", "-Xlinker",
            "--symbol-ordering-file=\(packageRoot)/Linker/startup-functions.txt", "-Xlinker", "--no-warn-symbol-ordering",
            "-Xlinker", "-T", "-Xlinker", "\(packageRoot)/Linker/unnamed-functions.ld",
        ], .when(platforms: [.linux], configuration: .release))
]

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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The model: questionnaires, loading with diagnostics, assessments, scoring, the split. No I/O.
        .target(name: "ReadinessCore", dependencies: ["CLibYAML"], swiftSettings: startupLayout),
        // libyaml, the system's (Debian's libyaml-dev). The loader reads libyaml's events itself: that is
        // what keeps every value's line and column, reports both places of a duplicate key, refuses
        // aliases where they appear and reads any depth without recursion. Yams, the Swift wrapper, was
        // only ever the carrier of its private copy of libyaml (its Swift API builds a tree recursively
        // and, from 6.0, stops at the first duplicate key), so depending on it cost a build of 30 Swift
        // files that nothing used: a first debug build of ReadinessCore took 28 s of CPU with it and
        // 17 s without (measured 2026-12-03, 2 cores).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // What people and programs read: the summary as text, Markdown, HTML and JSON, and the tables of
        // the listing commands (so it reads the store's listing rows, never the files).
        .target(name: "ReadinessReports", dependencies: ["ReadinessCore", "ReadinessStore"], swiftSettings: startupLayout),
        // The one loop that writes bytes to a file descriptor, for every module that writes.
        .target(name: "ReadinessIO", swiftSettings: startupLayout),
        // Files: saved assessments, the questionnaire folder, atomic writes.
        .target(name: "ReadinessStore", dependencies: ["ReadinessCore", "ReadinessIO"], swiftSettings: startupLayout),
        // Team sync: the store as a git working tree, through the git command line.
        .target(name: "ReadinessSync", dependencies: ["ReadinessCore", "ReadinessStore"], swiftSettings: startupLayout),
        // The interview as a pure state machine rendered to a grid of cells.
        .target(name: "ReadinessInterview", dependencies: ["ReadinessCore"], swiftSettings: startupLayout),
        // The one door to curses.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal: the ncurses backend and the plain line mode.
        .target(
            name: "ReadinessTerminal",
            dependencies: ["ReadinessCore", "ReadinessInterview", "ReadinessIO", "CNcursesw", "CCrashReportSettings"],
            swiftSettings: startupLayout
        ),
        // Keeps the Swift runtime's crash reporter from waiting for keys on a terminal: a C constructor that
        // runs before the runtime reads its settings, when the runtime is linked into the program.
        .target(name: "CCrashReportSettings"),
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
                "ReadinessSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startupLayout,
            linkerSettings: startupLinking
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
            dependencies: ["ReadinessCore", "ReproducibleRandom", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // What more than one test target uses: the tiny questionnaire of the store and command tests, and
        // the snapshot comparison of the screen and report tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ReadinessStoreTests", dependencies: ["ReadinessCore", "ReadinessStore", "ReproducibleRandom", "TestSupport"]),
        // Fixtures and snapshots are read from the source tree (so RECORD_SNAPSHOTS=1 can rewrite them).
        .testTarget(
            name: "ReadinessReportsTests",
            dependencies: ["ReadinessCore", "ReadinessReports", "ReproducibleRandom", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(
            name: "ReadinessInterviewTests",
            dependencies: ["ReadinessCore", "ReadinessInterview", "ReadinessStore", "ReproducibleRandom", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        // Plain mode through its line protocols, with in-memory streams and services.
        .testTarget(
            name: "ReadinessTerminalTests",
            dependencies: ["ReadinessCore", "ReadinessInterview", "ReadinessTerminal", "CCrashReportSettings"]
        ),
        .testTarget(name: "ReadinessSyncTests", dependencies: ["ReadinessCore", "ReadinessStore", "ReadinessSync"]),
        // The executable's own reading of the interview's command lines, held to ArgumentParser's.
        .testTarget(
            name: "ReadinessCommandLineTests",
            dependencies: ["readiness", "ReproducibleRandom", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Drives the real binary: through pipes, and in a real terminal through tmux.
        .testTarget(name: "ReadinessEndToEndTests", dependencies: ["ReadinessCore", "ReproducibleRandom", "TestSupport"]),
    ]
)
