import AgentProtocol
print("x")
