import ReadinessCore

/// The report as JSON: the contract other programs depend on (README, "The JSON report"; the schema is
/// `schema/report.schema.json`). Fields are added, never renamed or removed, without raising `schemaVersion`.
public enum JSONReportRenderer {
    /// The version of the report's shape. 2: `nextSteps` became objects (the old strings stay in
    /// `nextStepTexts`), and `question` is the question's id everywhere (its title is beside it in `title`).
    static let schemaVersion = 2

    /// Renders the report as one pretty-printed JSON object.
    public static func render(_ report: Report) -> String {
        value(for: report).rendered()
    }

    /// The report as a JSON value.
    static func value(for report: Report) -> JSONValue {
        let result = report.result
        // Redacted, the assessment block keeps only what cannot lead back to the organization.
        var assessment: [(String, JSONValue)] = []
        if !report.isRedacted {
            assessment.append(("id", .string(report.assessmentID ?? "")))
            assessment.append(("organization", .string(report.organization ?? "")))
            assessment.append(("assessor", .string(report.assessor ?? "")))
        }
        assessment += [
            ("redacted", .bool(report.isRedacted)),
            ("mode", .string(report.mode.rawValue)),
            ("status", .string(report.status.rawValue)),
            ("updated", .string(Timestamp.format(report.date))),
            ("answered", .integer(result.answeredCount)),
            ("shown", .integer(result.visibleQuestionIDs.count)),
        ]
        var object: [(String, JSONValue)] = [
            ("schemaVersion", .integer(schemaVersion)),
            ("program", .object([("name", .string(ProgramIdentity.name)), ("version", .string(ProgramIdentity.version))])),
            ("audience", .string(report.audience.rawValue)),
            (
                "sender",
                report.sender.map { sender in
                    .object([
                        ("name", sender.name.map(JSONValue.string) ?? .null), ("contact", sender.contact.map(JSONValue.string) ?? .null),
                    ])
                } ?? .null
            ),
            (
                "questionnaire",
                .object([
                    ("id", .string(report.questionnaireID)),
                    ("version", .string(report.scoredVersion)),
                    ("answeredVersion", .string(report.answeredVersion)),
                    ("title", .string(report.questionnaireTitle)),
                ])
            ),
            ("assessment", .object(assessment)),
            (
                "fit",
                .object([
                    ("rating", .string(result.fit.rating.rawValue)),
                    ("ratingTitle", .string(result.fit.rating.title)),
                    ("need", .integer(result.fit.need)),
                    ("range", .object([("low", .integer(result.fit.low)), ("high", .integer(result.fit.high))])),
                    ("confidence", .string(result.fit.confidence.rawValue)),
                    ("provisional", .bool(result.fit.isProvisional)),
                    ("provisionalReasons", .array((result.fit.provisional?.reasons ?? []).map(JSONValue.string))),
                    ("decidedBy", .string(result.fit.decision.ruleName)),
                    ("reasons", .array(result.fit.reasons.map(JSONValue.string))),
                ])
            ),
            ("signals", .array(result.signals.map(signal))),
            (
                "blockers",
                .array(
                    result.blockers.map { blocker in
                        .object([
                            ("id", .string(blocker.id)),
                            ("title", .string(blocker.title)),
                            ("explanation", .string(blocker.explanation)),
                            ("step", blocker.step.map(JSONValue.string) ?? .null),
                            ("evidence", .array(blocker.evidence.map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "split",
                .array(
                    result.split.map { row in
                        .object([
                            ("area", .string(row.areaID)),
                            ("title", .string(row.title)),
                            ("owner", .string(row.owner.rawValue)),
                            ("lead", row.lead.map { .string($0.rawValue) } ?? .null),
                            ("phase", .string(row.phase.rawValue)),
                            ("reasons", .array(row.reasons.map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "nextSteps",
                .array(
                    report.steps.map { step in
                        .object([
                            ("id", .string(step.id)),
                            ("text", .string(step.text)),
                            ("phase", step.phase.map { .string($0.rawValue) } ?? .null),
                            // Who acts is not stated by the questionnaires yet; null until it is.
                            ("owner", .null),
                        ])
                    })
            ),
            ("nextStepTexts", .array(report.nextSteps.map(JSONValue.string))),
            ("customerAsks", .array(report.customerAsks.map { .object([("lead", .string($0.lead)), ("text", .string($0.rest))]) })),
            (
                "unknowns",
                .array(
                    result.unknowns.map { item in
                        .object([
                            ("question", .string(item.questionID)),
                            ("title", .string(item.title)),
                            ("dontKnow", .bool(item.isDontKnow)),
                            ("swing", .integer(item.swing)),
                            ("couldChangeRatingTo", .array(item.couldChangeRatingTo.map { .string($0.rawValue) })),
                            ("couldTriggerBlockers", .array(item.couldTriggerBlockers.map(JSONValue.string))),
                            ("impact", .string(item.impact)),
                        ])
                    })
            ),
        ]
        object.append(
            (
                "answers",
                .array(
                    report.answers.map { answer in
                        var fields: [(String, JSONValue)] = [
                            ("question", .string(answer.questionID)),
                            ("title", .string(answer.title)),
                            ("answer", .string(answer.words)),
                            ("value", answer.stored ?? .null),
                            ("dontKnow", .bool(answer.isDontKnow)),
                            ("notApplicable", .bool(answer.isNotApplicable)),
                        ]
                        if let note = answer.note { fields.append(("note", .string(note))) }
                        return .object(fields)
                    })
            ))
        if !report.flaggedQuestions.isEmpty {
            object.append(
                (
                    "flagged",
                    .array(
                        zip(report.flaggedQuestionIDs, report.flaggedQuestions).map { id, title in
                            .object([("question", .string(id)), ("title", .string(title))])
                        })
                ))
        }
        if !report.isRedacted {
            object.append(
                (
                    "notes",
                    .array(
                        report.notes.map {
                            .object([
                                ("question", .string($0.questionID)), ("title", .string($0.questionTitle)), ("note", .string($0.text)),
                                ("shared", .bool($0.isShared)),
                            ])
                        })
                ))
            object.append(
                (
                    "textAnswers",
                    .array(
                        report.textAnswers.map {
                            .object([
                                ("question", .string($0.questionID)), ("title", .string($0.questionTitle)), ("answer", .string($0.text)),
                            ])
                        })
                ))
        }
        if !report.talkingPoints.isEmpty {
            object.append(
                (
                    "talkingPoints",
                    .array(
                        report.talkingPoints.map {
                            .object([("signal", .string($0.signalTitle)), ("points", .array($0.points.map(JSONValue.string)))])
                        })
                ))
        }
        return .object(object)
    }

    private static func signal(_ signal: SignalResult) -> JSONValue {
        .object([
            ("id", .string(signal.id)),
            ("title", .string(signal.title)),
            ("weight", .integer(signal.weight)),
            ("score", signal.score.map(JSONValue.integer) ?? .null),
            ("range", signal.low.map { low in .object([("low", .integer(low)), ("high", .integer(signal.high ?? low))]) } ?? .null),
            ("level", signal.level.map { .string($0.rawValue) } ?? .null),
            ("points", .integer(signal.points)),
            ("maximum", .integer(signal.maximum)),
            (
                "contributions",
                .array(
                    signal.contributions.map { contribution in
                        .object([
                            ("question", .string(contribution.questionID)),
                            ("title", .string(contribution.questionTitle)),
                            ("answer", .string(contribution.answer)),
                            ("points", contribution.points.map(JSONValue.integer) ?? .null),
                            ("maximum", .integer(contribution.maximum)),
                        ])
                    })
            ),
        ])
    }
}
