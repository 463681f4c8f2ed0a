extension Backend {
    /// Tells open embed streams of `organizationID` that `kind` changed (the write paths call
    /// this after their write committed).
    func embedChanged(_ organizationID: String, _ kind: EmbedChange.Kind) {
        embedUpdates.publish(EmbedChange(organizationID: organizationID, kind: kind))
    }
}
