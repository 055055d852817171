/// LeadreconLink decides which records are the same person: normalisers turn raw values into
/// comparable keys, comparators grade pairs of values into levels. Generic record linkage: nothing
/// here knows what a lead is.
enum LeadreconLinkModule {}
