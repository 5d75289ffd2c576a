/** The operations the benchmarks measure (also the README's example). */

export const PROJECT_360_QUERY = /* GraphQL */ `
  query Project360($id: ID!) {
    project(id: $id) {
      code
      name
      status
      health
      customer { name receivables { balance { amount } overdue { amount } } }
      contract { number value { amount currency } }
      opportunity { name stage }
      projectManager { name }
      milestones { name status amount { amount } }
      assignments { role allocationPct consultant { name title } }
      timeEntries(first: 20) { totalCount edges { node { date hours status consultant { name } } } }
      changeOrders { status deltaBookings { amount } }
      financials {
        bookings { amount currency }
        billedToDate { amount }
        unbilledWip { amount }
        recognizedRevenue { amount }
        costToDate { amount }
        margin { amount }
        marginPct
        backlog { amount }
        burnPct
      }
    }
  }
`;

export const PORTFOLIO_QUERY = /* GraphQL */ `
  query Portfolio {
    portfolio {
      projectCount
      bookings { amount currency }
      backlog { amount }
      billed { amount }
      unbilledWip { amount }
      recognizedRevenue { amount }
      cost { amount }
      margin { amount }
      marginPct
      utilization
    }
  }
`;
