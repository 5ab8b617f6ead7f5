-- Neovim config for docs/screenshots: testdraft from this checkout, diagnostics as virtual
-- text, the model state in the statusline. Used by screenshot.py.
local repo, python = vim.env.TESTDRAFT_REPO, vim.env.TESTDRAFT_PYTHON
vim.opt.runtimepath:prepend(repo .. "/editors/nvim")
vim.cmd("filetype plugin indent on")
vim.cmd("syntax on")
vim.o.number = true
vim.o.signcolumn = "yes"
vim.o.laststatus = 2
vim.o.statusline = "%f %m%=%{v:lua.require'testdraft'.statusline()}  %l:%c "
vim.diagnostic.config({ virtual_text = true, signs = true })
require("testdraft").setup({
  python = { python },
  cmd_env = { PYTHONPATH = repo .. "/server" },
  settings = { generators = { "docstring" }, validation = { enabled = true, mutation = false } },
})
-- Show code lenses (test outcomes) and keep them fresh.
vim.api.nvim_create_autocmd({ "BufEnter", "CursorHold", "InsertLeave" }, {
  callback = function(args)
    vim.lsp.codelens.refresh({ bufnr = args.buf })
  end,
})
vim.o.updatetime = 500
vim.o.wrap = false
