import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

@Suite struct EventLexiconTests {
  @Test func templatesFillSlotsAndDropOptionalSegmentsWithoutAValue() throws {
    let template = try SummaryTemplate(parsing: "{agent} sends a letter[ to {target}]")
    #expect(template.render([.agent: "Kominfo", .target: "KPU"]) == "Kominfo sends a letter to KPU")
    #expect(template.render([.agent: "Kominfo"]) == "Kominfo sends a letter")
    #expect(template.requiredSlots == [.agent])
    #expect(template.slots == [.agent, .target])
    let topic = try SummaryTemplate(parsing: "[{target} is ]arrested[ over {topic}]")
    #expect(topic.render([.target: "Plate", .topic: "the tower project"]) == "Plate is arrested over the tower project")
    #expect(topic.render([:]) == "arrested")
  }

  @Test func templatesReportWhatIsWrong() {
    let cases = [
      "{actor} sends": "unknown slot {actor}; use {agent}, {target} or {topic}",
      "{agent} sends[ a letter": "'[' without a closing ']'",
      "{agent} sends[ a letter]": "an optional segment [...] must hold a slot ({agent}, {target} or {topic})",
      "{agent} [[{target}]]": "optional segments cannot nest",
      "{agent sends": "'{' without a closing '}'",
      "{agent} sends}": "'}' without an opening '{'",
      "{agent} sends]": "']' without an opening '['",
    ]
    for (text, message) in cases {
      #expect(throws: TemplateError.self) { try SummaryTemplate(parsing: text) }
      do {
        _ = try SummaryTemplate(parsing: text)
      } catch {
        #expect(error.description == message)
      }
    }
  }

  func issues(_ files: [String: String]) throws -> [String] {
    let root = try Repository.folder("event-lexicons", files: files)
    do {
      _ = try Lexicons.load(from: [root.path])
      return []
    } catch {
      return error.issues.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }
  }

  @Test func reportsEveryMistakeInEventFilesWithFileAndLine() throws {
    let found = try issues([
      "common/event-types.tsv": """
        type\tfamily\tnoun_owner\toccasion\ttopic_en\ttopic_id\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent
        statement\t-\tagent\tyes\tremarks\tpernyataan\t{agent} speaks\t{agent} berbicara\tA statement is made\tSebuah pernyataan disampaikan
        letter\t-\tagent\tno\tthe letter\tsurat\tA letter[ to {target}]\t{agent} mengirim surat\tA letter is sent\tSurat dikirim
        Bad Type\t-\tagent\tno\tx\tx\t{agent} x\t{agent} x\tx\tx
        leak\t-\ttarget\tno\tthe leak\tkebocoran\t{agent} leaks\t{agent} membocorkan\t{agent} leaked\tData bocor
        statement\t-\tagent\tyes\tremarks\tpernyataan\t{agent} speaks\t{agent} berbicara\tA statement\tPernyataan
        audit\tData Breach\tagent\tno\tthe audit\taudit\t{agent} audits\t{agent} mengaudit\tAn audit is done\tAudit dilakukan
        arrest\t-\tdoer\tno\tthe arrest\tpenangkapan\t{agent} arrests\t{agent} menangkap\tAn arrest\tPenangkapan
        hearing\t-\tagent\tmaybe\tthe hearing\trapat\t{agent} holds a hearing\t{agent} menggelar rapat\tA hearing\tRapat
        """,
      "id/event-triggers.tsv": """
        trigger\ttype
        mengirim surat\tletter
        Bocor\tleak
        diretas\thack
        mengirim surat\tletter
        """,
    ])
    #expect(found == [
      "common/event-types.tsv:3: summary_en must contain {agent} outside [...]",
      "common/event-types.tsv:4: type must be lowercase letters and hyphens, got 'Bad Type'",
      "common/event-types.tsv:5: summary_en_no_agent must not contain {agent}",
      "common/event-types.tsv:6: duplicate entry 'statement' (first at line 2)",
      "common/event-types.tsv:7: family must be lowercase letters and hyphens, or -, got 'Data Breach'",
      "common/event-types.tsv:8: noun_owner must be agent or target, got 'doer'",
      "common/event-types.tsv:9: occasion must be yes or no, got 'maybe'",
      // "letter" was left out for its bad template, so its trigger names an unknown type.
      "id/event-triggers.tsv:2: unknown event type 'letter'; define it in common/event-types.tsv",
      "id/event-triggers.tsv:3: a trigger is lowercase words separated by single spaces, got 'Bocor'",
      "id/event-triggers.tsv:4: unknown event type 'hack'; define it in common/event-types.tsv",
      "id/event-triggers.tsv:5: duplicate entry 'mengirim surat' (first at line 2)",
    ])
  }

  @Test func reportsMistakesInClauseMarkersWithFileAndLine() throws {
    let found = try issues([
      "common/event-types.tsv": """
        type\tfamily\tnoun_owner\toccasion\ttopic_en\ttopic_id\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent
        statement\t-\tagent\tyes\tremarks\tpernyataan\t{agent} speaks\t{agent} berbicara\tA statement is made\tPernyataan
        """,
      "id/clause-markers.tsv": """
        phrase\tkind
        akan\tfuture
        Tidak\tnegation
        bakal\tsometime
        akan\tfuture
        akan\tmodal
        """,
    ])
    #expect(found == [
      "id/clause-markers.tsv:3: a phrase is lowercase words separated by single spaces, got 'Tidak'",
      "id/clause-markers.tsv:4: kind must be one of \(ClauseMarker.Kind.allCases.map(\.rawValue).joined(separator: ", ")), got 'sometime'",
      "id/clause-markers.tsv:5: duplicate entry 'akan future' (first at line 2)",
    ])
  }

  @Test func theBundledClauseMarkersLoadForBothLanguages() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    for language in Language.supported {
      let kinds = Set(lexicons[language].clauseMarkers.map(\.kind))
      #expect(kinds.isSuperset(of: [.negation, .future, .condition, .modal, .relative, .agentMarker, .denial]))
    }
  }

  @Test func aUserFolderMayAddTriggersForBundledTypes() throws {
    let root = try Repository.folder("event-overlay", files: ["en/event-triggers.tsv": "trigger\ttype\nleaked online\tleak\n"])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, root.path])
    #expect(lexicons[.english].eventTriggers["leaked online"]?.type == "leak")
    #expect(lexicons.eventTypes[EventType.statement] != nil)
  }
}
