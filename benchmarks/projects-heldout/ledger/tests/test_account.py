import pytest
from ledger.account import Account, InsufficientFunds


def test_withdraw_lowers_balance(account):
    account.withdraw(2_500, "groceries")
    assert account.balance == 7_500


def test_withdraw_within_overdraft():
    acc = Account("Ola", overdraft=1_000)
    acc.withdraw(800)
    assert acc.balance == -800


def test_withdraw_too_much(account):
    with pytest.raises(InsufficientFunds):
        account.withdraw(10_001)
    assert account.balance == 10_000
