-- Found by Neovim 0.11's vim.lsp.config when editors/nvim is on 'runtimepath':
--   vim.lsp.enable("testdraft")
-- Override any field with vim.lsp.config("testdraft", { ... }).
local testdraft = require("testdraft")
testdraft.register_commands()
return testdraft.config()
