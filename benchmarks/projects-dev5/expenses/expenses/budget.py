"""Monthly spending limits per category."""

from decimal import Decimal

from expenses.models import Category, Expense
from expenses.money import to_cents
from expenses.report import MonthKey


class BudgetExceededError(Exception):
    def __init__(self, category: Category, requested: Decimal, remaining: Decimal) -> None:
        super().__init__(f"{category.value}: {requested} requested but only {remaining} left")
        self.category = category
        self.requested = requested
        self.remaining = remaining


class MonthlyBudget:
    """How much may be spent on one category in one month, and how much already was."""

    def __init__(self, category: Category, month: MonthKey, limit: Decimal | str) -> None:
        self.category = category
        self.month = month
        self.limit = to_cents(limit)
        if self.limit < 0:
            raise ValueError("a budget limit cannot be negative")
        self.spent = Decimal("0.00")
        self.expenses: list[Expense] = []

    def can_afford(self, amount: Decimal | str) -> bool:
        return self.spent + to_cents(amount) <= self.limit

    def spend(self, expense: Expense, *, allow_overdraft: bool = False) -> Decimal:
        """Charge an expense to the budget.

        Args:
            expense: An expense of the budget's category, made during the budget's month.
            allow_overdraft: Accept the expense even when it exceeds what is left.

        Returns:
            The amount left after this expense; negative when overdrawn.

        Raises:
            BudgetExceededError: If the expense is larger than what is left and
                ``allow_overdraft`` is false. The budget is left unchanged.
        """
        if expense.category is not self.category:
            raise ValueError(f"expense is {expense.category.value}, budget is {self.category.value}")
        if (expense.spent_on.year, expense.spent_on.month) != self.month:
            raise ValueError(f"expense on {expense.spent_on} is outside {self.month}")
        remaining = self.limit - self.spent
        if expense.amount > remaining and not allow_overdraft:
            raise BudgetExceededError(self.category, expense.amount, remaining)
        self.spent += expense.amount
        self.expenses.append(expense)
        return self.limit - self.spent
