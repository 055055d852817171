/// LeadreconCSV reads and writes CSV. Placeholder until the reader lands.
enum LeadreconCSVModule {}
