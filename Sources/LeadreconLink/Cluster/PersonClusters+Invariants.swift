extension PersonClusters {
    /// Traps unless the clustering is consistent: every record in exactly one cluster, clusters
    /// numbered by their smallest record, sizes within the limit, both ends of every accepted link in
    /// one cluster and of every refused link in two, attachments inside the cluster, and at most one
    /// record per source when asked. Run in debug builds after clustering and in tests.
    public func _checkInvariants() {
        precondition(clusterOfRecord.count == recordCount && memberList.count == recordCount)
        precondition(memberStart.first == 0 && memberStart.last == recordCount)
        var seen = [Bool](repeating: false, count: recordCount)
        for cluster in 0..<clusterCount {
            let group = members(ofCluster: cluster)
            precondition(!group.isEmpty, "empty cluster \(cluster)")
            precondition(group.count <= options.maxClusterSize, "cluster \(cluster) above the maximum size")
            precondition(zip(group, group.dropFirst()).allSatisfy { $0 < $1 }, "members not ascending")
            if cluster > 0 {
                precondition(members(ofCluster: cluster - 1).first! < group.first!, "clusters out of order")
            }
            for record in group {
                precondition(!seen[record], "record \(record) in two clusters")
                seen[record] = true
                precondition(clusterOfRecord[record] == cluster, "record \(record) misfiled")
                if let attachment = attachment(of: record) {
                    precondition(record != group.first!, "first record \(record) has an attachment")
                    precondition(clusterOfRecord[attachment.partner] == cluster, "attached outside the cluster")
                } else {
                    precondition(record == group.first!, "record \(record) is attached to nothing")
                }
            }
            if let sources {
                let distinct = Set(group.map { sources[$0] })
                precondition(distinct.count == group.count, "cluster \(cluster) holds two records of one source")
            }
        }
        precondition(!seen.contains(false), "a record in no cluster")
        for link in acceptedLinks {
            precondition(clusterOfRecord[link.i] == clusterOfRecord[link.j], "accepted link \(link) split")
        }
        for refusal in refusedLinks {
            precondition(clusterOfRecord[refusal.link.i] != clusterOfRecord[refusal.link.j], "refused link joined")
        }
    }
}
