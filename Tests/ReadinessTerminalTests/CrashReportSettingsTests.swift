import CCrashReportSettings
import XCTest

/// When the crash reporter's settings already choose, and whether the runtime is the shared one: the two
/// facts that decide between the constructor (static build) and the restart (shared runtime).
final class CrashReportSettingsTests: XCTestCase {
    func testSettingsThatNameInteractionOrTurnTheReporterOffChoose() {
        for settings in [
            "interactive=no", "interactive=yes", "color=no,interactive=tty", " interactive=no ", "enable=no", "timeout=5s, enable=no",
        ] {
            XCTAssertTrue(readiness_crash_settings_choose_interaction(settings), settings)
        }
    }

    func testOtherSettingsLeaveTheChoiceToTheProgram() {
        XCTAssertFalse(readiness_crash_settings_choose_interaction(nil))
        for settings in [
            "", ",", "enable=yes", "enable=no-really", "color=no", "noninteractive=no", "preset=full,timeout=0s", "interactive",
        ] {
            XCTAssertFalse(readiness_crash_settings_choose_interaction(settings), settings)
        }
    }

    /// `swift test` links the shared runtime. Were it missed, the constructor would set the variable after
    /// the runtime had read it and the full-screen interview would skip the restart it needs.
    func testTheTestsSeeTheSharedRuntime() {
        XCTAssertTrue(readiness_swift_runtime_is_shared())
    }
}
