/// LeadreconValues types text into values. Placeholder until the parsers land.
enum LeadreconValuesModule {}
