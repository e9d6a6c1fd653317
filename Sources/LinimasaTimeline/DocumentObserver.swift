// Who sees each document whole before the timeline keeps what spans documents.

/// Sees each document's whole record, details included, on the worker thread that made it
/// (so it may be called from several threads at once), before the timeline keeps it.
public protocol DocumentObserver: Sendable {
  func observe(_ record: DocumentRecord)
}
