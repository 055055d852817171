import LeadreconCore
print("leadrecon")
