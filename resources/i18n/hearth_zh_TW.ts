<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AppLock</name>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Hearth (locked)</source>
            <translation>Hearth（已鎖定）</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>That is not the lock's passphrase.</source>
            <translation>這不是鎖定用的口令。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundDownloads</name>
        <message numerus="yes">
            <location filename="../../app/ui/download_status.py" />
            <source>Downloading %n model(s)</source>
            <translation>
                <numerusform>正在下載 %n 個模型</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>Downloading {name}</source>
            <translation>正在下載 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>checking</source>
            <translation>正在校驗</translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>reconnecting…</source>
            <translation>正在重新連接…</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../app/ui/model_manager/banner.py" />
            <source>Close message</source>
            <translation>關閉訊息</translation>
        </message>
    </context>
    <context>
        <name>CatalogRow</name>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> ({free} free now)</source>
            <translation>（目前可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> and {vram} of GPU memory</source>
            <translation>，另需 {vram} 顯示記憶體</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>, {repack} of it a fast CPU copy of the experts</source>
            <translation>，其中 {repack} 是專家的 CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>1 file</source>
            <translation>1 個檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Checking this computer…</source>
            <translation>正在檢查這台電腦…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download</source>
            <translation>下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Downloading {pct}%</source>
            <translation>正在下載 {pct}%</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Downloading…</source>
            <translation>正在下載…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Failed: see Downloads</source>
            <translation>失敗：請檢視「下載」</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>GPU layers: {n} of {total}</source>
            <translation>GPU 層數：{n} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Load in low-memory mode</source>
            <translation>以低記憶體模式載入</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Load it without the fast CPU copy of the experts: much less memory, answers a little slower. Settings &gt; Model turns this on for every model.</source>
            <translation>載入時不建立專家的 CPU 快速副本：佔用記憶體少得多，回答稍慢。在「設定 &gt; 模型」中可以為所有模型開啟此項。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Needs about {ram} of RAM</source>
            <translation>需要約 {ram} 記憶體</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Not found on the Hub at the last refresh.</source>
            <translation>上次重新整理時在 Hub 上找不到。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Paused</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Queued</source>
            <translation>排隊中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Recommended</source>
            <translation>推薦</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Runs on the CPU</source>
            <translation>在 CPU 上執行</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Verifying…</source>
            <translation>正在校驗…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>about {size}</source>
            <translation>約 {size}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{n} parts</source>
            <translation>{n} 個分卷</translation>
        </message>
    </context>
    <context>
        <name>CatalogTab</name>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> · gated: needs a token</source>
            <translation> · 受限：需要存取權杖</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>%n of the catalog's repositories could not be checked just now; the rest is up to date.</source>
            <translation>
                <numerusform>模型目錄中有 %n 個儲存庫暫時無法檢查；其餘均已是最新。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>117 billion parameters, 5.1 billion active per token. Every file is about 63–65 GB for the same reason: the experts stay MXFP4. The memory each file needs is on its card: the file itself, the conversation memory and, on the CPU, a fast copy of the experts almost as large as the file (low-memory mode leaves it out, at some speed).</source>
            <translation>1170 億參數，每個 token 啟用 51 億。出於同樣的原因，每個檔案都約為 63–65 GB：專家層始終保持 MXFP4。每個檔案需要的記憶體寫在它的卡片上：檔案本身、對話記憶，以及在 CPU 上執行時一份幾乎與檔案一樣大的專家快速副本（低記憶體模式會省去它，但速度會慢一些）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>21 billion parameters, 3.6 billion active per token. Every gpt-oss-20b file is 11.5–13.8 GB whatever its quantization, because the experts (most of the weights) stay in MXFP4 in all of them; the choice only changes the attention and embedding layers, so it changes quality a little and size hardly at all.</source>
            <translation>210 億參數，每個 token 啟用 36 億。無論量化方式如何，每個 gpt-oss-20b 檔案都在 11.5–13.8 GB 之間，因為專家層（絕大部分權重）在所有檔案中都保持 MXFP4；量化選擇只影響注意力層和嵌入層，所以對品質略有影響，對大小幾乎沒有影響。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Check the Hub for updates</source>
            <translation>在 Hub 上檢查更新</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Context length for the memory estimate</source>
            <translation>用於估算記憶體的上下文長度</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Context length:</source>
            <translation>上下文長度：</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download a model that will not fit?</source>
            <translation>要下載一個放不下的模型嗎？</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download anyway</source>
            <translation>仍然下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Offline mode is on, so Hearth did not check the Hub for catalog updates.</source>
            <translation>離線模式已開啟，Hearth 沒有在 Hub 上檢查模型目錄的更新。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The Hub could not be checked just now: the catalog shows what Hearth knew before. Try again later.</source>
            <translation>暫時無法檢查 Hub：模型目錄顯示的是 Hearth 之前已知的內容。請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The catalog is empty. Import a GGUF file you already have.</source>
            <translation>模型目錄為空。請匯入你已有的 GGUF 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The catalog is up to date with the Hub.</source>
            <translation>模型目錄已與 Hub 同步。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The safety filter's model: it classifies prompts and answers against a written policy. It is not a chat model.</source>
            <translation>安全過濾器使用的模型：按照書面策略對提問和回答進行分類。它不是聊天模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Turn off offline mode to check the Hub.</source>
            <translation>關閉離線模式後才能檢查 Hub。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{k}K tokens</source>
            <translation>{k}K token</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{name} needs about {need} of memory here, even with the settings that save the most, and this computer has {have} free. It is {size} to download and will most likely not load. Download it anyway?</source>
            <translation>即使使用最省記憶體的設定，{name} 在這裡也需要約 {need} 記憶體，而這台電腦只有 {have} 可用。它需要下載 {size}，而且很可能無法載入。仍然要下載嗎？</translation>
        </message>
    </context>
    <context>
        <name>ChatActions</name>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>An answer is still being written in “{title}”. Wait for it to finish, or stop it, then send again: your message stays here.</source>
            <translation>「{title}」中仍在寫一個回答。請等它寫完或停止它，然後再發送：你的訊息會保留在這裡。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Load a model first: open a GGUF file or get one from the model manager.</source>
            <translation>請先載入模型：開啟一個 GGUF 檔案，或在模型管理器中獲取一個。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>New conversation</source>
            <translation>新對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>The answer in “{title}” is ready.</source>
            <translation>「{title}」中的回答已寫好。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>The model is still loading: send when it is ready (your message stays here).</source>
            <translation>模型仍在載入：準備好後再發送（你的訊息會保留在這裡）。</translation>
        </message>
    </context>
    <context>
        <name>ChatDelegate</name>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source> · cut short (it was going in circles)</source>
            <translation> · 已提前結束（思路在原地打轉）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source> · cut short (thinking budget)</source>
            <translation> · 已提前結束（達到思考預算）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>(nothing came back)</source>
            <translation>（沒有返回任何內容）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Checked by the safety rules only</source>
            <translation>只經過了安全規則檢查</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Continue</source>
            <translation>繼續</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Copied</source>
            <translation>已複製</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Interrupted</source>
            <translation>已中斷</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Local safety filter</source>
            <translation>本機安全過濾器</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Local safety filter · {category}</source>
            <translation>本機安全過濾器 · {category}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Not in the model's usual format: shown as it came</source>
            <translation>不是模型通常的格式：按原樣顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Raise the limit…</source>
            <translation>提高上限…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Shown as plain text</source>
            <translation>以純文字顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Sources ({n})</source>
            <translation>來源（{n}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Thinking… {seconds} s</source>
            <translation>正在思考… {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Thought for a moment</source>
            <translation>思考了片刻</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Thought for {seconds} s</source>
            <translation>思考了 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Try again</source>
            <translation>重試</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Used a tool</source>
            <translation>使用了工具</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>cited</source>
            <translation>已引用</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>code</source>
            <translation>程式碼</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>document</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{cached} of {prompt} prompt tokens cached</source>
            <translation>提示詞中 {cached} / {prompt} 個 token 來自快取</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{file}, line {line}</source>
            <translation>{file}，第 {line} 行</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{file}, page {page}</source>
            <translation>{file}，第 {page} 頁</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{n} read while you typed</source>
            <translation>其中 {n} 個在你輸入時已讀取</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{n} tokens</source>
            <translation>{n} 個 token</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{r} tok/s</source>
            <translation>{r} token/秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{s} s to first token</source>
            <translation>首個 token 用時 {s} 秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>… {n} more lines</source>
            <translation>… 還有 {n} 行</translation>
        </message>
    </context>
    <context>
        <name>ChatModel</name>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Has thinking, hidden</source>
            <translation>有思考過程，已隱藏</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth is thinking…</source>
            <translation>Hearth 正在思考…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth is writing…</source>
            <translation>Hearth 正在寫…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth: {text}</source>
            <translation>Hearth：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Interrupted</source>
            <translation>已中斷</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Stopped by the local safety filter</source>
            <translation>已被本機安全過濾器停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Thinking shown</source>
            <translation>思考過程已顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Version {pos} of {total}</source>
            <translation>第 {pos} / {total} 個版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>You: {text}</source>
            <translation>你：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>{n} sources</source>
            <translation>{n} 個來源</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Everything stays on this computer.</source>
            <translation>一切都留在這台電腦上。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Show or hide the sidebar (Ctrl+B)</source>
            <translation>顯示或隱藏側邊欄（Ctrl+B）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Toggle sidebar</source>
            <translation>顯示/隱藏側邊欄</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>What's on your mind?</source>
            <translation>你在想什麼？</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Copy message</source>
            <translation>複製訊息(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Edit and resend</source>
            <translation>編輯並重新發送(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Next version ({pos}/{total})</source>
            <translation>下一個版本（{pos}/{total}）(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Previous version ({pos}/{total})</source>
            <translation>上一個版本（{pos}/{total}）(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Regenerate</source>
            <translation>重新生成(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Change the longest answer in Settings</source>
            <translation>在設定中更改最長回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Conversation</source>
            <translation>對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy code</source>
            <translation>複製程式碼</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy code block {n} ({language})</source>
            <translation>複製程式碼塊 {n}（{language}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy selection</source>
            <translation>複製所選內容</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Edit and resend</source>
            <translation>編輯並重新發送</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Follow the answer being written</source>
            <translation>跟隨正在寫的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Hide the &amp;sources</source>
            <translation>隱藏來源(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Hide the &amp;thinking</source>
            <translation>隱藏思考過程(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Jump to latest ↓</source>
            <translation>跳到最新 ↓</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Message actions</source>
            <translation>訊息操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Messages, oldest first. Up and Down move between them; Enter or the Menu key lists what can be done with one.</source>
            <translation>訊息，最早的在前。上下方向鍵在訊息之間移動；Enter 或選單鍵列出可對一條訊息執行的操作。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Next version</source>
            <translation>下一個版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Open the file at this place</source>
            <translation>在此位置開啟檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Open {source}</source>
            <translation>開啟 {source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Previous version</source>
            <translation>上一個版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide the reasoning</source>
            <translation>顯示或隱藏推理過程</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide the sources of this answer</source>
            <translation>顯示或隱藏這條回答的來源</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide what came back: {step}</source>
            <translation>顯示或隱藏返回的內容：{step}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide what the tool gave back</source>
            <translation>顯示或隱藏工具返回的內容</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show the &amp;sources</source>
            <translation>顯示來源(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show the &amp;thinking</source>
            <translation>顯示思考過程(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Write more of this answer</source>
            <translation>繼續寫這個回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>a tool</source>
            <translation>一個工具</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>code</source>
            <translation>程式碼</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Attach documents</source>
            <translation>附加文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Attach documents (or drop files on the window)</source>
            <translation>附加文件（或把檔案拖到視窗上）</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Cancel editing</source>
            <translation>取消編輯</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Editing a message: sending starts a new branch</source>
            <translation>正在編輯訊息：發送後會開始一個新分支</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Enter sends, Shift+Enter starts a new line, Up in an empty box edits your last message, Page Up scrolls the conversation.</source>
            <translation>Enter 發送，Shift+Enter 換行；在空的輸入框中按上方向鍵可編輯你的上一條訊息，Page Up 滾動對話。</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Enter to send · Shift+Enter for a new line</source>
            <translation>Enter 發送 · Shift+Enter 換行</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>How long the model thinks before it answers</source>
            <translation>模型回答前思考的時間長短</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Message Hearth…</source>
            <translation>給 Hearth 發訊息…</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Reasoning</source>
            <translation>推理</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Reasoning: {effort}</source>
            <translation>推理：{effort}</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Send</source>
            <translation>發送</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Send (Enter)</source>
            <translation>發送（Enter）</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Shift+Enter: new line</source>
            <translation>Shift+Enter：換行</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Stop (Esc)</source>
            <translation>停止（Esc）</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <location filename="../../app/ui/conversation_actions.py" />
            <source>Conversation deleted.</source>
            <translation>對話已刪除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/conversation_actions.py" />
            <source>Documents</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/conversation_actions.py" />
            <source>Undo</source>
            <translation>復原</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New conversation</source>
            <translation>新對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Pinned</source>
            <translation>已置頂</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Recent</source>
            <translation>最近</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>{title}
Writing an answer…</source>
            <translation>{title}
正在寫回答…</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>Attach documents</source>
            <translation>附加文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>Documents ({patterns});;All files (*)</source>
            <translation>文件 ({patterns});;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>No application to open {name} is installed. Install a viewer for this kind of file, or open it yourself: {path}</source>
            <translation>沒有安裝能開啟 {name} 的應用程式。請安裝這類檔案的檢視器，或自行開啟：{path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>{name} is no longer where it was: {path}</source>
            <translation>{name} 已不在原來的位置：{path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>{n} files could not be read; point at their chips to see why.</source>
            <translation>有 {n} 個檔案無法讀取；把滑鼠指向它們的標籤可檢視原因。</translation>
        </message>
    </context>
    <context>
        <name>DocumentChip</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>1 page</source>
            <translation>1 頁</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Could not be read</source>
            <translation>無法讀取</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Damaged or unreadable</source>
            <translation>已損壞或無法讀取</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Dismiss</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Dismiss {name}</source>
            <translation>關閉 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>No text layer (a scan?)</source>
            <translation>沒有文字層（是掃描件嗎？）</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Not a document</source>
            <translation>不是文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Not a text document</source>
            <translation>不是文字文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Password-protected</source>
            <translation>受密碼保護</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Reading page {done} of {total}</source>
            <translation>正在讀取第 {done} / {total} 頁</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Reading…</source>
            <translation>正在讀取…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Refused: suspicious archive</source>
            <translation>已拒絕：可疑的壓縮包</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Remove from this conversation</source>
            <translation>從此對話中移除</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Remove {name} from this conversation</source>
            <translation>從此對話中移除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Source code</source>
            <translation>原始碼</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Too large</source>
            <translation>太大</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Too many pages</source>
            <translation>頁數太多</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Waiting…</source>
            <translation>等待中…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Web page</source>
            <translation>網頁</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>reStructuredText</source>
            <translation>reStructuredText</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>{n} pages</source>
            <translation>{n} 頁</translation>
        </message>
    </context>
    <context>
        <name>DocumentShelf</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Attached documents</source>
            <translation>附加的文件</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Add a token…</source>
            <translation>添加存取權杖…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Downloading</source>
            <translation>正在下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Installed and verified</source>
            <translation>已安裝並透過校驗</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Pause</source>
            <translation>暫停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Paused</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Preparing</source>
            <translation>準備中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Reconnecting</source>
            <translation>正在重新連接</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Resume</source>
            <translation>繼續</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Retry</source>
            <translation>重試</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>The download failed.</source>
            <translation>下載失敗。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Turn off offline mode</source>
            <translation>關閉離線模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Verifying checksum</source>
            <translation>正在核對總和檢查碼</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Waiting in queue</source>
            <translation>在佇列中等待</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>asking the Hub for the file's size and checksum</source>
            <translation>正在向 Hub 查詢檔案的大小和總和檢查碼</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>checking the sha256 against the Hub's record</source>
            <translation>正在將 sha256 與 Hub 的記錄進行核對</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>starts when the download before it ends</source>
            <translation>前一個下載結束後開始</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>what is downloaded is kept</source>
            <translation>已下載的部分會保留</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {total} is downloaded and kept: Retry continues from there.</source>
            <translation>已下載並保留 {done} / {total}：點擊「重試」會從那裡繼續。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{repo} · part {part} of {parts}</source>
            <translation>{repo} · 第 {part} / {parts} 部分</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{size}, checksum verified</source>
            <translation>{size}，總和檢查碼已核對</translation>
        </message>
    </context>
    <context>
        <name>DownloadsTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>%n unfinished download(s) from last time are paused because offline mode is on.</source>
            <translation>
                <numerusform>上次有 %n 個未完成的下載，因離線模式開啟而暫停。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancel and delete</source>
            <translation>取消並刪除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancel the download?</source>
            <translation>要取消下載嗎？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Continuing %n unfinished download(s) from where they stopped.</source>
            <translation>
                <numerusform>正在從中斷處繼續 %n 個未完成的下載。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Keep downloading</source>
            <translation>繼續下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Keep it for later</source>
            <translation>留著以後用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>No downloads. Choose a model in the Catalog tab: it is checked against the Hub's checksum before Hearth uses it.</source>
            <translation>沒有下載任務。在「模型目錄」分頁中選擇一個模型：Hearth 使用前會先用 Hub 上的總和檢查碼進行核對。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Pause instead</source>
            <translation>改為暫停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {name} is downloaded. Cancelling deletes it; paused, it can continue later from there.</source>
            <translation>{name} 已下載 {done}。取消會刪除已下載的部分；暫停的話，以後可以從那裡繼續。</translation>
        </message>
    </context>
    <context>
        <name>DropOverlay</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Drop files to attach them</source>
            <translation>鬆開滑鼠即可附加檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>PDF, Word, text, Markdown, HTML, CSV or code; folders too. They stay on this computer.</source>
            <translation>PDF、Word、文字、Markdown、HTML、CSV 或程式碼檔案，也可以是資料夾。它們都留在這台電腦上。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>&lt;b&gt;Hearth cannot reach the internet&lt;/b&gt;, so it cannot download a model now. If you have a GGUF model file (from another computer or a USB stick), open it.</source>
            <translation>&lt;b&gt;Hearth 無法連接網際網路&lt;/b&gt;，因此現在無法下載模型。如果你有 GGUF 模型檔案（來自另一台電腦或 隨身碟），請開啟它。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>&lt;b&gt;Nothing you write leaves this computer.&lt;/b&gt; Your conversations, your documents and the answers stay here. The only time Hearth connects to the internet is to download the model you choose in the next step (about the size of a film).</source>
            <translation>&lt;b&gt;你寫的任何內容都不會離開這台電腦。&lt;/b&gt;你的對話、文件和回答都留在這裡。Hearth 唯一一次連接網際網路，是為了下載你在下一步選擇的模型（大小約為一部電影）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>A model for this computer</source>
            <translation>適合這台電腦的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Cancel download</source>
            <translation>取消下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking the connection to the Hugging Face Hub…</source>
            <translation>正在檢查與 Hugging Face Hub 的連接…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking the file…</source>
            <translation>正在檢查檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking this computer…</source>
            <translation>正在檢查這台電腦…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Could not check this computer: {reason}</source>
            <translation>無法檢查這台電腦：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download</source>
            <translation>下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download ({size})</source>
            <translation>下載（{size}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download progress</source>
            <translation>下載進度</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Downloading the model</source>
            <translation>正在下載模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Get started</source>
            <translation>開始使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Getting started with Hearth</source>
            <translation>開始使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Hearth is reading the model into memory. The chat opens when it is ready.</source>
            <translation>Hearth 正在把模型讀入記憶體。準備好後會開啟聊天。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Hearth lets you chat with an AI model that runs on this computer.</source>
            <translation>Hearth 讓你與在這台電腦上執行的 AI 模型聊天。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Loading the model…</source>
            <translation>正在載入模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>No model in the catalog fits this computer</source>
            <translation>模型目錄中沒有適合這台電腦的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Offline mode is on, so Hearth does not connect to the internet. Open a GGUF file you already have, or turn off offline mode in Settings to download.</source>
            <translation>離線模式已開啟，Hearth 不會連接網際網路。請開啟你已有的 GGUF 檔案，或在設定中關閉離線模式後再下載。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Open a GGUF file…</source>
            <translation>開啟 GGUF 檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Open a GGUF model</source>
            <translation>開啟 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Ready to download from the Hugging Face Hub.</source>
            <translation>可以從 Hugging Face Hub 下載了。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Recommended: {family} ({quant})</source>
            <translation>推薦：{family}（{quant}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Skip</source>
            <translation>跳過</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Starting…</source>
            <translation>正在開始…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The download failed.</source>
            <translation>下載失敗。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The download stopped</source>
            <translation>下載已停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The model did not load</source>
            <translation>模型沒有載入成功</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>This computer has {memory} of memory and {where}.</source>
            <translation>這台電腦有 {memory} 記憶體，{where}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>This takes a few minutes, most of it the download. You can skip it and open a model later from the menu.</source>
            <translation>這需要幾分鐘，大部分時間用於下載。你也可以跳過，以後再從選單中開啟模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Try again</source>
            <translation>重試</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Welcome to Hearth</source>
            <translation>歡迎使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>You can close this window: the download goes on, and the model manager shows it.</source>
            <translation>你可以關閉這個視窗：下載會繼續，模型管理器中可以看到進度。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>a {gpu} graphics card</source>
            <translation>配有 {gpu} 顯示卡</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>about {n} min left</source>
            <translation>約剩 {n} 分鐘</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>gpt-oss needs about 16 GB of memory. If you have a GGUF model file, open it: Hearth tells you if it is too big.</source>
            <translation>gpt-oss 需要約 16 GB 記憶體。如果你有 GGUF 模型檔案，請開啟它：如果太大，Hearth 會告訴你。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>no graphics card Hearth can use, so the model runs on the processor</source>
            <translation>沒有 Hearth 能使用的顯示卡，因此模型在處理器上執行</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>{family} ({quant}) from the Hugging Face Hub, into {folder}.</source>
            <translation>從 Hugging Face Hub 下載 {family}（{quant}）到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>{note} A {size} download; it needs about {memory} of memory while it runs ({verdict}).</source>
            <translation>{note}需要下載 {size}；執行時需要約 {memory} 記憶體（{verdict}）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>{speed}/s</source>
            <translation>{speed}/秒</translation>
        </message>
    </context>
    <context>
        <name>FolderCard</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>%n model(s) already have a file of the same name in the new folder, so they stay in the old one.</source>
            <translation>
                <numerusform>有 %n 個模型在新資料夾中已有同名檔案，因此它們留在舊資料夾中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>%n unfinished download file(s) stay in the old folder: they are not moved and will not continue.</source>
            <translation>
                <numerusform>有 %n 個未完成的下載檔案留在舊資料夾中：它們不會被移動，也不會繼續下載。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Both folders are on the same disk, so this takes a moment.</source>
            <translation>兩個資料夾在同一塊磁碟上，只需片刻。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancel moving the models</source>
            <translation>取消移動模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancelling the move…</source>
            <translation>正在取消移動…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Change the models folder</source>
            <translation>更改模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Checking {folder}…</source>
            <translation>正在檢查 {folder}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Choose another models folder</source>
            <translation>選擇另一個模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Choose the models folder</source>
            <translation>選擇模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Downloads and imported models are kept here. When you choose another folder, Hearth offers to move the models it manages there.</source>
            <translation>下載和匯入的模型都存放在這裡。選擇另一個資料夾時，Hearth 會提出把它管理的模型移過去。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>From: {old}</source>
            <translation>從：{old}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth now uses {folder}.</source>
            <translation>Hearth 現在使用 {folder}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth now uses {folder}. The %n model(s) in {old} stay there and are no longer listed; choose that folder again, or import them, to use them.</source>
            <translation>
                <numerusform>Hearth 現在使用 {folder}。{old} 中的 %n 個模型仍留在原處，不再列出；如需使用，請重新選擇那個資料夾或匯入它們。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth uses {folder} now, but the setting could not be saved ({reason}): next time it starts with the old folder.</source>
            <translation>Hearth 現在使用 {folder}，但無法儲存此設定（{reason}）：下次啟動時仍會使用舊資料夾。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Leave them there</source>
            <translation>留在原處</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Models folder</source>
            <translation>模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Models you leave in the old folder are no longer listed.</source>
            <translation>留在舊資料夾中的模型將不再列出。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Move</source>
            <translation>移動</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Move %n model(s) ({size}) to the new folder?</source>
            <translation>
                <numerusform>要把 %n 個模型（{size}）移到新資料夾嗎？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Moved %n model(s) ({size}) to {folder}.</source>
            <translation>
                <numerusform>已將 %n 個模型（{size}）移到 {folder}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Moving %n model(s) to {folder}…</source>
            <translation>
                <numerusform>正在把 %n 個模型移到 {folder}…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Open folder</source>
            <translation>開啟資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Stop moving the models; the ones copied so far are removed again</source>
            <translation>停止移動模型；已複製的部分會被刪除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The models folder was not changed. {reason}</source>
            <translation>模型資料夾沒有更改。{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The move was cancelled. Your models are still in {folder}.</source>
            <translation>移動已取消。你的模型仍在 {folder} 中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The new folder is on another disk: each file is copied, and the original is deleted only once every copy is complete.</source>
            <translation>新資料夾在另一塊磁碟上：會逐個複製檔案，只有全部複製完成後才刪除原檔案。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The old copies of %n file(s) could not be deleted from {old}; delete them yourself to free the space.</source>
            <translation>
                <numerusform>{old} 中 %n 個檔案的舊副本無法刪除；請自行刪除以釋放空間。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>There is not enough free space there: moving needs {need} and {free} is free. You can still use the new folder and leave the models where they are.</source>
            <translation>那裡的可用空間不足：移動需要 {need}，但只有 {free} 可用。你仍可以使用新資料夾，並把模型留在原處。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>To: {new}</source>
            <translation>到：{new}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>{free} free on this disk</source>
            <translation>此磁碟可用 {free}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>{what} {done} of {total}</source>
            <translation>{what} {done} / {total}</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Export all conversations</source>
            <translation>匯出所有對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Export conversation</source>
            <translation>匯出對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Exported to {path}</source>
            <translation>已匯出到 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Import conversations</source>
            <translation>匯入對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Imported {c} conversations and {m} messages.</source>
            <translation>已匯入 {c} 個對話和 {m} 條訊息。</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Nothing new to import: everything was already here.</source>
            <translation>沒有需要匯入的新內容：所有內容都已存在。</translation>
        </message>
    </context>
    <context>
        <name>InstalledRow</name>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete…</source>
            <translation>刪除…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Downloaded from the Hub</source>
            <translation>從 Hub 下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Downloaded from the Hub, checksum verified</source>
            <translation>從 Hub 下載，總和檢查碼已核對</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Files in the Hugging Face cache belong to it; delete them with `hf cache delete`.</source>
            <translation>Hugging Face 快取中的檔案歸它管理；請用 `hf cache delete` 刪除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Found in the models folder</source>
            <translation>在模型資料夾中找到</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Imported from disk</source>
            <translation>從磁碟匯入</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>In the Hugging Face cache</source>
            <translation>在 Hugging Face 快取中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Load in low-memory mode</source>
            <translation>以低記憶體模式載入</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Load it without the fast CPU copy of the experts: much less memory, answers a little slower.</source>
            <translation>載入時不建立專家的 CPU 快速副本：佔用記憶體少得多，回答稍慢。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Not gpt-oss</source>
            <translation>不是 gpt-oss</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Not usable</source>
            <translation>無法使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Ready</source>
            <translation>就緒</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Used where it is</source>
            <translation>在原位置使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>{n} parts</source>
            <translation>{n} 個分卷</translation>
        </message>
    </context>
    <context>
        <name>InstalledTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>%n model(s) on this computer, {usable} ready to use.</source>
            <translation>
                <numerusform>這台電腦上有 %n 個模型，{usable} 個可以使用。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Checking {name}…</source>
            <translation>正在檢查 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Copy it</source>
            <translation>複製一份</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Copying {name}: {done} of {total}…</source>
            <translation>正在複製 {name}：{done} / {total}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete model</source>
            <translation>刪除模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete {name} ({size})? The file is removed from this computer; you can download it again later.</source>
            <translation>要刪除 {name}（{size}）嗎？檔案將從這台電腦上移除；以後可以重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Deleted {name}; {size} freed.</source>
            <translation>已刪除 {name}；釋放了 {size}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Hearth can use {name} where it is, taking no more disk space (moving or deleting the file later makes it unusable here), or copy it into its models folder ({size} more on that disk).</source>
            <translation>Hearth 可以在原位置使用 {name}，不再佔用更多磁碟空間（以後移動或刪除該檔案會導致這裡無法使用），也可以把它複製到模型資料夾中（那塊磁碟上需要再佔用 {size}）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import GGUF…</source>
            <translation>匯入 GGUF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import a GGUF model</source>
            <translation>匯入 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import a model</source>
            <translation>匯入模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Imported {name}: it is ready to use.</source>
            <translation>已匯入 {name}：可以使用了。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>No models yet. Download one from the Catalog, or import a GGUF file.</source>
            <translation>還沒有模型。從「模型目錄」下載一個，或匯入一個 GGUF 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>The file was not imported. {reason}</source>
            <translation>檔案沒有匯入。{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Use it where it is</source>
            <translation>在原位置使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>{name} is ready to use where it is.</source>
            <translation>{name} 可以在原位置使用了。</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Buffers and app</source>
            <translation>緩衝區和應用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Context (KV cache)</source>
            <translation>上下文（KV 快取）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Fast CPU copy</source>
            <translation>CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Weights</source>
            <translation>權重</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>│ total memory   ┆ free now</source>
            <translation>│ 總記憶體   ┆ 目前可用</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Hearth is locked</source>
            <translation>Hearth 已鎖定</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Hearth</source>
            <translation>Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Hearth closed unexpectedly while showing a message last time. That message is now shown as plain text.</source>
            <translation>上次 Hearth 在顯示一條訊息時意外關閉。這條訊息現在以純文字顯示。</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Loading the model…</source>
            <translation>正在載入模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Message Hearth…</source>
            <translation>給 Hearth 發訊息…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Open a model to start chatting</source>
            <translation>開啟一個模型即可開始聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Opened read-only: nothing can be sent or saved</source>
            <translation>以唯讀方式開啟：無法發送或儲存任何內容</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Your conversations are open read-only: nothing new can be saved until Hearth can write its database again.</source>
            <translation>你的對話以唯讀方式開啟：在 Hearth 能重新寫入資料庫之前，無法儲存任何新內容。</translation>
        </message>
    </context>
    <context>
        <name>MemoryBar</name>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>GPU memory free: {free}</source>
            <translation>可用顯示記憶體：{free}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>RAM</source>
            <translation>記憶體</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>RAM: {free} free of {total}</source>
            <translation>記憶體：可用 {free}，共 {total}</translation>
        </message>
    </context>
    <context>
        <name>ModelLoader</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_loading.py" />
            <source>%n unfinished download(s) are paused because offline mode is on.</source>
            <translation>
                <numerusform>有 %n 個未完成的下載因離線模式開啟而暫停。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_loading.py" />
            <source>Continuing %n unfinished download(s) in the background.</source>
            <translation>
                <numerusform>正在背景繼續 %n 個未完成的下載。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Loading the model was cancelled.</source>
            <translation>已取消載入模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Open a GGUF model</source>
            <translation>開啟 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>The download of {name} stopped: {reason}</source>
            <translation>{name} 的下載已停止：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>{name} is downloaded and verified.</source>
            <translation>{name} 已下載並透過校驗。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>{name} is still loaded.</source>
            <translation>{name} 仍處於載入狀態。</translation>
        </message>
    </context>
    <context>
        <name>ModelManagerDialog</name>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source> (this build of Hearth cannot use it)</source>
            <translation>（此版本的 Hearth 無法使用它）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>A model is being imported into the current folder. Change the folder when that is done.</source>
            <translation>正在向目前資料夾匯入模型。匯入完成後再更改資料夾。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Catalog</source>
            <translation>模型目錄</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Checking this computer…</source>
            <translation>正在檢查這台電腦…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Could not check this computer: {reason}</source>
            <translation>無法檢查這台電腦：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Downloads</source>
            <translation>下載</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Downloads ({n})</source>
            <translation>下載（{n}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Installed</source>
            <translation>已安裝</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode</source>
            <translation>離線模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode is on, so Hearth will not connect to the internet and did not download {name}. Turn off offline mode to download models.</source>
            <translation>離線模式已開啟，Hearth 不會連接網際網路，因此沒有下載 {name}。關閉離線模式後才能下載模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode is on, so the download stays paused. Turn off offline mode to continue it.</source>
            <translation>離線模式已開啟，下載保持暫停。關閉離線模式即可繼續。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Remote server</source>
            <translation>遠端伺服器</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Retrying the download.</source>
            <translation>正在重試下載。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Show downloads</source>
            <translation>顯示下載</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder cannot change while %n download(s) are running, paused or waiting to be retried: their partial files are in the current folder. Let them finish, or cancel them, then try again.</source>
            <translation>
                <numerusform>有 %n 個下載正在進行、已暫停或等待重試，此時無法更改模型資料夾：它們的部分檔案在目前資料夾中。請等它們完成或取消它們，然後重試。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder is already being changed. Wait until that is done.</source>
            <translation>模型資料夾正在更改中。請等待完成。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder is being changed. Wait until that is done, then try again.</source>
            <translation>模型資料夾正在更改中。請等待完成後重試。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>This computer: </source>
            <translation>這台電腦：</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>This repository is gated. Accept its license on huggingface.co, paste an access token with read access below and press Save token: the download starts again.</source>
            <translation>這個儲存庫需要授權。請在 huggingface.co 上接受它的許可協議，在下方貼上一個有讀取權限的存取權杖，然後點擊「儲存權杖」：下載會重新開始。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Token saved in the system keyring.</source>
            <translation>權杖已儲存在系統金鑰環中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Turn off offline mode</source>
            <translation>關閉離線模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>no GPU found: models run on the CPU</source>
            <translation>未找到 GPU：模型在 CPU 上執行</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{folder} is already the models folder.</source>
            <translation>{folder} 已經是模型資料夾。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{free} free disk</source>
            <translation>磁碟可用 {free}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{name} with {vram}</source>
            <translation>{name}，{vram}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{name}, unified memory</source>
            <translation>{name}，統一記憶體</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{n} CPU threads</source>
            <translation>{n} 個 CPU 執行緒</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{total} RAM ({free} free)</source>
            <translation>記憶體 {total}（可用 {free}）</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Choose a model</source>
            <translation>選擇模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Choose the model to chat with</source>
            <translation>選擇用來聊天的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Get more models…</source>
            <translation>獲取更多模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>No models on this computer yet</source>
            <translation>這台電腦上還沒有模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Open a GGUF file…</source>
            <translation>開啟 GGUF 檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>not usable</source>
            <translation>無法使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>tight</source>
            <translation>勉強放得下</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>won't fit</source>
            <translation>放不下</translation>
        </message>
    </context>
    <context>
        <name>NoModelPage</name>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Chat privately with OpenAI's gpt-oss models, right on this computer. Nothing you write leaves it. To begin, get a model or open a GGUF file you already have.</source>
            <translation>在這台電腦上與 OpenAI 的 gpt-oss 模型私密聊天。你寫的任何內容都不會離開它。首先，獲取一個模型，或開啟你已有的 GGUF 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Choose a model</source>
            <translation>選擇模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Get a model</source>
            <translation>獲取模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Load a model</source>
            <translation>載入模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Open a GGUF file…</source>
            <translation>開啟 GGUF 檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Welcome to Hearth</source>
            <translation>歡迎使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Your conversations are in the sidebar. Choose a model to continue them or to start a new one.</source>
            <translation>你的對話都在側邊欄中。選擇一個模型即可繼續對話或開始新的對話。</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>The same passphrase again</source>
            <translation>再次輸入相同的口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>The two passphrases are not the same.</source>
            <translation>兩次輸入的口令不一致。</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>A passphrase opens your history when the system keyring is locked or missing.</source>
            <translation>當系統金鑰環被鎖定或不存在時，可以用口令開啟你的歷史記錄。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Also lock after idle time</source>
            <translation>空閒一段時間後也鎖定</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>App lock</source>
            <translation>應用鎖</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Ask for a passphrase when Hearth starts</source>
            <translation>Hearth 啟動時要求輸入口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Change the passphrase…</source>
            <translation>更改口令…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Encryption key</source>
            <translation>加密金鑰</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Everything Hearth keeps stays on this computer. Your conversations, their search index and the text of attached documents are encrypted; the key is never written to disk in plain form.</source>
            <translation>Hearth 儲存的一切都留在這台電腦上。你的對話、對話的搜尋索引以及附加文件的文字都經過加密；金鑰絕不會以明文形式寫入磁碟。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Export everything…</source>
            <translation>匯出全部…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Hearth connects only when you download a model or refresh the catalog, or to a server you set up. No telemetry. Logs never contain your messages, documents or keys.</source>
            <translation>Hearth 只在你下載模型、重新整理模型目錄或連接你設定的伺服器時連網。沒有遙測。日誌中絕不包含你的訊息、文件或金鑰。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Hearth will ask for this passphrase when it starts and after the idle time you choose.</source>
            <translation>Hearth 會在啟動時以及空閒達到你設定的時間後要求輸入此口令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Keep downloaded models</source>
            <translation>保留已下載的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Kept in</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Never</source>
            <translation>從不</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Offline: never connect, not even for downloads</source>
            <translation>離線：從不連網，下載也不例外</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Passphrase for the app lock</source>
            <translation>應用鎖口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Passphrase for your history</source>
            <translation>歷史記錄口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Privacy</source>
            <translation>隱私</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Privacy settings</source>
            <translation>隱私設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Protection</source>
            <translation>保護</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Remove the passphrase</source>
            <translation>移除口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Saves all conversations to a JSON file you choose. The export is not encrypted.</source>
            <translation>把所有對話儲存到你選擇的 JSON 檔案中。匯出的檔案不加密。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Set a passphrase…</source>
            <translation>設定口令…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>This passphrase also opens your history, for example when the system keyring is locked. Hearth cannot recover it if you forget it.</source>
            <translation>此口令也能開啟你的歷史記錄，例如在系統金鑰環被鎖定時。如果忘記了，Hearth 無法找回。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>This removes every conversation, attached document's text, saved state, log, setting and Hearth's keys from this computer. It cannot be undone. Hearth closes afterwards.</source>
            <translation>這會從這台電腦上刪除所有對話、附加文件的文字、儲存的狀態、日誌、設定以及 Hearth 的金鑰。此操作無法復原。完成後 Hearth 會關閉。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>What Hearth keeps on this computer</source>
            <translation>Hearth 在這台電腦上儲存的內容</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>What and where</source>
            <translation>內容與位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>While locked the window shows nothing of your conversations. The lock hides Hearth from someone at this computer; the encryption protects the files.</source>
            <translation>鎖定期間，視窗中不顯示任何對話內容。鎖定是為了不讓使用這台電腦的其他人看到 Hearth；檔案則由加密保護。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Wipe everything</source>
            <translation>全部清除</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Wipe everything?</source>
            <translation>要全部清除嗎？</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Wipe everything…</source>
            <translation>全部清除…</translation>
        </message>
    </context>
    <context>
        <name>RemoteTab</name>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>A model on a server</source>
            <translation>伺服器上的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>API key</source>
            <translation>API 金鑰</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connected, but the server serves no model.</source>
            <translation>已連接，但伺服器沒有提供任何模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connected: {n} model(s): {names}</source>
            <translation>已連接：{n} 個模型：{names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connecting to {host}…</source>
            <translation>正在連接 {host}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Enter the server's address first.</source>
            <translation>請先輸入伺服器位址。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Offline mode is on, so Hearth will not connect to {host}. Turn off offline mode to use a server on another machine.</source>
            <translation>離線模式已開啟，Hearth 不會連接 {host}。關閉離線模式後才能使用另一台機器上的伺服器。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Server address</source>
            <translation>伺服器位址</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Test connection</source>
            <translation>測試連接</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>The first one the server lists</source>
            <translation>伺服器列出的第一個</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>The setting could not be saved: {reason}</source>
            <translation>無法儲存設定：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Use a gpt-oss model that runs on another machine (or another program here) behind an OpenAI-compatible API: vLLM, llama.cpp's llama-server, Ollama or another Hearth. History, documents and the safety filter stay on this computer; your messages go to that server and nowhere else.</source>
            <translation>使用在另一台機器（或本機另一個程式）上執行、透過 OpenAI 相容 API 提供的 gpt-oss 模型：vLLM、llama.cpp 的 llama-server、Ollama 或另一個 Hearth。歷史記錄、文件和安全過濾器都留在這台電腦上；你的訊息只發送到那台伺服器，不會去別處。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Use this server</source>
            <translation>使用此伺服器</translation>
        </message>
    </context>
    <context>
        <name>SafetyLogModel</name>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Allowed</source>
            <translation>已放行</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Blocked</source>
            <translation>已攔截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Layer</source>
            <translation>檢查層</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Model check</source>
            <translation>模型檢查</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Rules</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Verdict</source>
            <translation>結論</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Warned</source>
            <translation>已警告</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Your message</source>
            <translation>你的訊息</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/safety_page.py" />
            <source>%n decision(s), kept only on this computer.</source>
            <translation>
                <numerusform>%n 條判定，只儲存在這台電腦上。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>A small model that reads every message, and each answer as it is written, next to the rules. It runs on this computer; download it in the model manager.</source>
            <translation>一個小模型，與規則一起閱讀每條訊息，並在回答寫出時逐句檢查。它在這台電腦上執行；請在模型管理器中下載。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Allow</source>
            <translation>允許</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Also check answers and reasoning as they are written</source>
            <translation>在回答和推理寫出時也進行檢查</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Always blocked</source>
            <translation>始終攔截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Ask the loaded model about borderline cases when no safety model is installed</source>
            <translation>未安裝安全模型時，就邊界情況詢問已載入的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Automatic: the first one installed</source>
            <translation>自動：使用第一個已安裝的</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Block</source>
            <translation>攔截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Borderline messages are put to the loaded model.</source>
            <translation>邊界訊息會交給已載入的模型判斷。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Categories</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Clear the filter log?</source>
            <translation>要清除過濾日誌嗎？</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Clear the log…</source>
            <translation>清除日誌…</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Default</source>
            <translation>預設</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Each sentence is checked on a separate thread while the answer streams; the text shown trails the answer by at most one sentence.</source>
            <translation>回答流式輸出時，每個句子都在單獨的執行緒上檢查；顯示的文字最多比回答慢一句。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Every logged decision is deleted from this computer. This cannot be undone.</source>
            <translation>所有已記錄的判定都會從這台電腦上刪除。此操作無法復原。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Filter log</source>
            <translation>過濾日誌</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF 模型 (*.gguf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Hearth checks your messages and its answers with a filter that runs entirely on this computer. Nothing is sent anywhere: not your messages, not the filter's decisions.</source>
            <translation>Hearth 使用一個完全在這台電腦上執行的過濾器檢查你的訊息和它的回答。不會向任何地方發送任何內容：既不發送你的訊息，也不發送過濾器的判定。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Keep message text in the filter log</source>
            <translation>在過濾日誌中保留訊息文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Keep what was checked before it, then say why it stopped</source>
            <translation>保留停止前已檢查的內容，然後說明停止原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Llama Guard 3 1B</source>
            <translation>Llama Guard 3 1B</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>None: the rules only</source>
            <translation>無：僅使用規則</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Off: no filtering</source>
            <translation>關閉：不過濾</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Off: the log keeps only when, where, the category and the verdict.</source>
            <translation>關閉：日誌只記錄時間、位置、類別和結論。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Only the rules check messages and answers.</source>
            <translation>只由規則檢查訊息和回答。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Qwen3Guard-Gen 0.6B (recommended, 119 languages)</source>
            <translation>Qwen3Guard-Gen 0.6B（推薦，支援 119 種語言）</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Reading the log…</source>
            <translation>正在讀取日誌…</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Safety decisions</source>
            <translation>安全判定</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Safety model</source>
            <translation>安全模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Safety model file</source>
            <translation>安全模型檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Safety settings</source>
            <translation>安全設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Show only why it stopped</source>
            <translation>只說明停止原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Slower: the model reads the borderline message with a written policy before it is answered. It runs here, on the loaded model.</source>
            <translation>較慢：在回答之前，模型會根據一份書面策略閱讀這條邊界訊息。它在本機的已載入模型上執行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Standard: block clear harm, warn on borderline</source>
            <translation>標準：攔截明顯有害的內容，對邊界情況發出警告</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Strict: block borderline cases too</source>
            <translation>嚴格：邊界情況也攔截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Strictness</source>
            <translation>嚴格程度</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The filter has not acted on anything yet.</source>
            <translation>過濾器還沒有處理過任何內容。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The loaded gpt-oss, for borderline cases only</source>
            <translation>已載入的 gpt-oss，僅用於邊界情況</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The log could not be cleared: {reason}</source>
            <translation>無法清除日誌：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>This category is always blocked while the filter is on; it cannot be lowered.</source>
            <translation>過濾器開啟時，這個類別始終被攔截，無法調低。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Use a file…</source>
            <translation>使用檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Using {name} ({file}).</source>
            <translation>正在使用 {name}（{file}）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Warn</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>When an answer is stopped</source>
            <translation>回答被停止時</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>gpt-oss-safeguard 20b (needs about 16 GB)</source>
            <translation>gpt-oss-safeguard 20b（需要約 16 GB）</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>{name} (locked)</source>
            <translation>{name}（已鎖定）</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New conversation</source>
            <translation>新對話</translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Hearth removed {files} files and its keys.</source>
            <translation>Hearth 已刪除 {files} 個檔案及其金鑰。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Reload</source>
            <translation>重新載入</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Reload the model to use the new engine settings.</source>
            <translation>重新載入模型以使用新的引擎設定。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Some things could not be removed:</source>
            <translation>有些內容無法刪除：</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Wipe finished</source>
            <translation>清除完成</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>0 turns the adapter off, 1 applies it as trained.</source>
            <translation>0 表示關閉適配器，1 表示按訓練時的強度應用。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>A LoRA GGUF made for this gpt-oss model</source>
            <translation>為此 gpt-oss 模型製作的 LoRA GGUF</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>API key</source>
            <translation>API 金鑰</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter</source>
            <translation>適配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter file</source>
            <translation>適配器檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter strength</source>
            <translation>適配器強度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>All that fit</source>
            <translation>能放下的全部</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Allow other computers on the network (needs an API key)</source>
            <translation>允許網路上的其他電腦存取（需要 API 金鑰）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Appearance</source>
            <translation>外觀</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Apply a LoRA adapter</source>
            <translation>應用 LoRA 適配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Attached documents</source>
            <translation>附加的文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Automatic: short documents go into the prompt whole; longer ones the model searches, opens and cites itself, with its browser tool, on this computer.</source>
            <translation>自動：短文件整篇放進提示詞；較長的文件由模型用它的瀏覽器工具在這台電腦上自行搜尋、開啟並引用。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>By reasoning effort</source>
            <translation>按推理強度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>CPU threads</source>
            <translation>CPU 執行緒數</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clear saved conversation memory</source>
            <translation>清除已儲存的對話記憶</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clients send it as 'Authorization: Bearer KEY'. Kept in the system keyring.</source>
            <translation>客戶端以 'Authorization: Bearer KEY' 的形式發送它。儲存在系統金鑰環中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Context length (tokens)</source>
            <translation>上下文長度（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Default</source>
            <translation>預設</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Delete every saved conversation memory now</source>
            <translation>立即刪除所有已儲存的對話記憶</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Developer instructions</source>
            <translation>開發者指令</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Developer instructions
(every conversation)</source>
            <translation>開發者指令
（所有對話）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Empty: the instructions for every conversation apply.</source>
            <translation>留空：使用所有對話通用的指令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Engine changes apply the next time a model is loaded. A new models folder applies at once: Hearth offers to move your models there.</source>
            <translation>引擎設定在下次載入模型時生效。新的模型資料夾立即生效：Hearth 會提出把你的模型移過去。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>For example: answer briefly, in British English.</source>
            <translation>例如：回答要簡短，使用英式英語。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>GGUF files (*.gguf);;All files (*)</source>
            <translation>GGUF 檔案 (*.gguf);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>GPU layers</source>
            <translation>GPU 層數</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>How many tokens the model may think before it is asked for its answer. By effort: about 1,000 at Low, 4,000 at Medium, 16,000 at High, always leaving a quarter of the longest answer for the answer itself. 0: no limit.</source>
            <translation>模型在被要求給出回答之前最多可以思考多少個 token。按推理強度：低約 1,000，中約 4,000，高約 16,000，並始終為回答本身留出最長回答的四分之一。0：不限制。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Large</source>
            <translation>大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Larger</source>
            <translation>較大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Largest</source>
            <translation>最大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Layers with experts in RAM</source>
            <translation>專家放在記憶體中的層數</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Let the model search my documents itself</source>
            <translation>讓模型自己搜尋我的文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>LoRA adapter</source>
            <translation>LoRA 適配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Local server</source>
            <translation>本機伺服器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Longest answer (tokens)</source>
            <translation>最長回答（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Low-memory mode</source>
            <translation>低記憶體模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Memory</source>
            <translation>記憶體</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Models folder</source>
            <translation>模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>None: any program on this computer may ask</source>
            <translation>無：這台電腦上的任何程式都可以請求</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>On a GPU too small for the whole model, keep the experts of this many layers in RAM and everything else on the GPU. Faster than putting fewer layers on the GPU. 0: all experts on the GPU.</source>
            <translation>GPU 顯示記憶體放不下整個模型時，把這麼多層的專家放在記憶體中，其餘都放在 GPU 上。比減少放在 GPU 上的層數更快。0：所有專家都在 GPU 上。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Other programs on this computer (editors, scripts, agents) can use the loaded model through the OpenAI API at http://127.0.0.1:PORT/v1. Their requests pass the safety filter and take turns with your own answers.</source>
            <translation>這台電腦上的其他程式（編輯器、腳本、代理程式）可以透過 http://127.0.0.1:PORT/v1 上的 OpenAI API 使用已載入的模型。它們的請求同樣經過安全過濾器，並與你自己的回答輪流進行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Port</source>
            <translation>連接埠</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Privacy</source>
            <translation>隱私</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Put the best passages in the prompt</source>
            <translation>把最相關的段落放進提示詞</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Read my message while I type</source>
            <translation>在我輸入時就讀取訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Reasoning effort</source>
            <translation>推理強度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Reasoning effort for new chats</source>
            <translation>新聊天的推理強度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Recommended</source>
            <translation>推薦</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Saved conversation memory</source>
            <translation>已儲存的對話記憶</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Saved conversation memory limit</source>
            <translation>已儲存對話記憶的上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Serve the loaded model to other programs</source>
            <translation>把已載入的模型提供給其他程式使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Skip the fast CPU copy of the experts that llama.cpp makes: a gpt-oss-20b then needs about 12 GB instead of 21 GB, and answers come about a quarter slower.</source>
            <translation>跳過 llama.cpp 為專家建立的 CPU 快速副本：這樣 gpt-oss-20b 只需約 12 GB 而不是 21 GB，回答速度大約慢四分之一。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Small</source>
            <translation>小</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Stop thinking that goes in circles</source>
            <translation>停止原地打轉的思考</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Temperature</source>
            <translation>溫度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>The model's memory of each conversation is kept on disk, so reopening a long conversation does not read it again. The least recently used go first.</source>
            <translation>模型對每個對話的記憶儲存在磁碟上，因此重新開啟一個長對話時無需再次讀取。最久未使用的會最先被清理。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Thinking budget (tokens)</source>
            <translation>思考預算（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>This conversation</source>
            <translation>此對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Typing</source>
            <translation>輸入</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Uses much less memory, a little slower. Hearth turns it on by itself for a model that would not fit otherwise.</source>
            <translation>佔用記憶體少得多，速度稍慢。對於否則放不下的模型，Hearth 會自動開啟此項。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>When you pause while typing, the model reads what you wrote so far, so the answer starts as soon as you send. Nothing is sent or saved before you press Send; turn this off to keep the processor idle while you type.</source>
            <translation>你在輸入中停頓時，模型會先讀取已寫下的內容，這樣一發送就能開始回答。按下發送之前，什麼都不會被發送或儲存；關閉此項可在輸入時讓處理器保持空閒。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>{size} used</source>
            <translation>已使用 {size}</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>A token is saved in the system keyring.</source>
            <translation>系統金鑰環中已儲存一個權杖。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Downloads are paused.</source>
            <translation>下載已暫停。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Hugging Face access token</source>
            <translation>Hugging Face 存取權杖</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>No token saved.</source>
            <translation>尚未儲存權杖。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Offline mode is on: Hearth will not connect to the internet.</source>
            <translation>離線模式已開啟：Hearth 不會連接網際網路。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Offline mode: never connect to the internet</source>
            <translation>離線模式：從不連接網際網路</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Only needed for gated or private repositories. The token is kept in your system's keyring, never in a settings file or a log.</source>
            <translation>只有受限或私有儲存庫才需要。權杖儲存在系統的金鑰環中，絕不會寫入設定檔案或日誌。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Paste a token first.</source>
            <translation>請先貼上權杖。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Remove token</source>
            <translation>移除權杖</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Save token</source>
            <translation>儲存權杖</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>The setting could not be saved: {reason}</source>
            <translation>無法儲存設定：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Token removed from the system keyring.</source>
            <translation>權杖已從系統金鑰環中移除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>While it is on, Hearth opens no network connection at all: downloads pause and the catalog uses the copy on this computer. Chat and documents work as usual.</source>
            <translation>開啟後，Hearth 不會建立任何網路連接：下載暫停，模型目錄使用這台電腦上的副本。聊天和文件照常工作。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>hf_…</source>
            <translation>hf_…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>•••••••• saved (type a new one to replace it)</source>
            <translation>•••••••• 已儲存（輸入新的權杖即可替換）</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>A message (in the conversation)</source>
            <translation>一條訊息（在對話中）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Back to the message box</source>
            <translation>回到輸入框</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Conversation list</source>
            <translation>對話清單</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Copy the last answer</source>
            <translation>複製最後一個回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Copy the message (or the selected text)</source>
            <translation>複製訊息（或所選文字）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Delete the conversation</source>
            <translation>刪除對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Edit your last message (in an empty message box)</source>
            <translation>編輯你的上一條訊息（在空的輸入框中）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the first message</source>
            <translation>轉到第一條訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the last message</source>
            <translation>轉到最後一條訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the message box</source>
            <translation>轉到輸入框</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the next message</source>
            <translation>轉到下一條訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the previous message</source>
            <translation>轉到上一條訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>New line in the message</source>
            <translation>在訊息中換行</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Next version of the message</source>
            <translation>訊息的下一個版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Open a GGUF file</source>
            <translation>開啟 GGUF 檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Previous version of the message</source>
            <translation>訊息的上一個版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Rename the conversation</source>
            <translation>重新命名對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Rename, pin, export or delete the conversation</source>
            <translation>重新命名、置頂、匯出或刪除對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Scroll the conversation (from the message box too)</source>
            <translation>滾動對話（在輸入框中也可以）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Search conversations</source>
            <translation>搜尋對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Send the message</source>
            <translation>發送訊息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show or hide the sidebar</source>
            <translation>顯示或隱藏側邊欄</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show or hide the thinking</source>
            <translation>顯示或隱藏思考過程</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show this list of shortcuts</source>
            <translation>顯示此快速鍵清單</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Stop the answer being written</source>
            <translation>停止正在寫的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>The message's menu: all it can do</source>
            <translation>訊息的選單：所有可用操作</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Everything in Hearth works from the keyboard. Tab moves between the sidebar, the conversation and the message box.</source>
            <translation>Hearth 的所有功能都可以用鍵盤操作。Tab 鍵在側邊欄、對話和輸入框之間移動。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Keys</source>
            <translation>按鍵</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Conversation actions</source>
            <translation>對話操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Conversations</source>
            <translation>對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Export as JSON…</source>
            <translation>匯出為 JSON…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Export as Markdown…</source>
            <translation>匯出為 Markdown…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Hearth</source>
            <translation>Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>More actions</source>
            <translation>更多操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New chat (Ctrl+N)</source>
            <translation>新聊天（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>No matches</source>
            <translation>沒有匹配項</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Pin</source>
            <translation>置頂</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Rename</source>
            <translation>重新命名</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Search conversations</source>
            <translation>搜尋對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Search results</source>
            <translation>搜尋結果</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Unpin</source>
            <translation>取消置頂</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Up and Down open a conversation; the Menu key or Shift+F10 lists what can be done with it; F2 renames it.</source>
            <translation>上下方向鍵開啟對話；選單鍵或 Shift+F10 列出可執行的操作；F2 重新命名。</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Answering a request from another program ({client})…</source>
            <translation>正在回答另一個程式的請求（{client}）…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Cached {cached} / {prompt}</source>
            <translation>快取 {cached} / {prompt}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Context {used} / {total}</source>
            <translation>上下文 {used} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Download progress</source>
            <translation>下載進度</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Loading the model…</source>
            <translation>正在載入模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Model loading progress</source>
            <translation>模型載入進度</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>No model loaded</source>
            <translation>未載入模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Open the conversation the answer is written in</source>
            <translation>開啟正在寫回答的對話</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Open the model manager's downloads</source>
            <translation>開啟模型管理器的下載頁</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Prompt tokens of the last answer the model did not have to read again: kept in memory or restored from this conversation's saved state</source>
            <translation>上一個回答中模型無需重新讀取的提示詞 token：保留在記憶體中，或從此對話儲存的狀態中恢復</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Serving at {url}</source>
            <translation>服務位址：{url}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Stop the answer Hearth is writing for another program</source>
            <translation>停止 Hearth 正在為另一個程式寫的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Writing an answer in “{title}”…</source>
            <translation>正在「{title}」中寫回答…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>{name}  ·  {backend}</source>
            <translation>{name}  ·  {backend}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>{n} more waiting.</source>
            <translation>還有 {n} 個在等待。</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../app/ui/widgets.py" />
            <source>Dismiss</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>TurnController</name>
        <message>
            <location filename="../../app/ui/turns.py" />
            <source>Waiting for the first token…</source>
            <translation>正在等待第一個 token…</translation>
        </message>
        <message>
            <location filename="../../app/ui/turns.py" />
            <source>{rate} tok/s</source>
            <translation>{rate} token/秒</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Export all conversations…</source>
            <translation>匯出所有對話…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Export this conversation as JSON…</source>
            <translation>將此對話匯出為 JSON…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Export this conversation as Markdown…</source>
            <translation>將此對話匯出為 Markdown…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Getting started…</source>
            <translation>開始使用…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Import conversations…</source>
            <translation>匯入對話…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Lock Hearth</source>
            <translation>鎖定 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Models…</source>
            <translation>模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>More actions</source>
            <translation>更多操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Open a GGUF file…</source>
            <translation>開啟 GGUF 檔案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>The last answer was copied.</source>
            <translation>已複製最後一個回答。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Hearth hit an unexpected error. Your conversations are saved. The details were written to the log.</source>
            <translation>Hearth 遇到了意外錯誤。你的對話已儲存。詳細資訊已寫入日誌。</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Hearth is already open with this data folder ({folder}); its window was brought forward.</source>
            <translation>Hearth 已經在使用這個資料資料夾（{folder}）執行；已將它的視窗切換到前台。</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Something went wrong</source>
            <translation>出錯了</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; Unsloth's dynamic 4-bit for attention, keeping sensitive layers higher. About the size of MXFP4.</source>
            <translation>專家層保持 MXFP4；注意力層使用 Unsloth 的動態 4 位元量化，敏感層保留更高精度。大小與 MXFP4 相當。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file.</source>
            <translation>專家層保持 MXFP4；注意力層和嵌入層為 8 位元：與原始 MXFP4 檔案幾乎相同。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file. All 2 parts download together.</source>
            <translation>專家層保持 MXFP4；注意力層和嵌入層為 8 位元：與原始 MXFP4 檔案幾乎相同。2 個分卷會一起下載。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4.</source>
            <translation>專家層保持 MXFP4；注意力層和嵌入層保留 16 位元。檔案最大，稍慢，品質相比 MXFP4 沒有明顯提升。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4. All 2 parts download together.</source>
            <translation>專家層保持 MXFP4；注意力層和嵌入層保留 16 位元。檔案最大，稍慢，品質相比 MXFP4 沒有明顯提升。2 個分卷會一起下載。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>專家層保持 MXFP4；注意力層為 4 位元。比 MXFP4 小約 0.5 GB，準確度略有損失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy. All 2 parts download together.</source>
            <translation>專家層保持 MXFP4；注意力層為 4 位元。比 MXFP4 小約 0.5 GB，準確度略有損失。2 個分卷會一起下載。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 5-bit. Saves about 0.4 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>專家層保持 MXFP4；注意力層為 5 位元。比 MXFP4 小約 0.4 GB，準確度略有損失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 6-bit. Saves only about 0.1 GB over MXFP4 and may lose a little accuracy.</source>
            <translation>專家層保持 MXFP4；注意力層為 6 位元。只比 MXFP4 小約 0.1 GB，可能會損失一點準確度。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention squeezed to 2-bit. Barely smaller (about 0.6 GB saved), clearly less accurate. Not recommended.</source>
            <translation>專家層保持 MXFP4；注意力層壓縮到 2 位元。幾乎沒有變小（約節省 0.6 GB），準確度明顯下降。不推薦。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention squeezed to 3-bit. Barely smaller (about 0.6 GB saved), noticeably less accurate.</source>
            <translation>專家層保持 MXFP4；注意力層壓縮到 3 位元。幾乎沒有變小（約節省 0.6 GB），準確度有所下降。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Llama Guard 3 1B (QuantFactory)</source>
            <translation>Llama Guard 3 1B（QuantFactory）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>OpenAI's policy-following safety classifier in its original MXFP4 weights, the same size and shape as gpt-oss-20b. Used by the safety filter, not for chat.</source>
            <translation>OpenAI 遵循策略的安全分類器，使用原始 MXFP4 權重，大小和結構與 gpt-oss-20b 相同。供安全過濾器使用，不用於聊天。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Qwen3Guard-Gen 0.6B (QuantFactory)</source>
            <translation>Qwen3Guard-Gen 0.6B（QuantFactory）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file.</source>
            <translation>供過濾器使用的安全分類器，不用於聊天。專家層保持 MXFP4；注意力層和嵌入層為 8 位元：與原始 MXFP4 檔案幾乎相同。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4.</source>
            <translation>供過濾器使用的安全分類器，不用於聊天。專家層保持 MXFP4；注意力層和嵌入層保留 16 位元。檔案最大，稍慢，品質相比 MXFP4 沒有明顯提升。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>供過濾器使用的安全分類器，不用於聊天。專家層保持 MXFP4；注意力層為 4 位元。比 MXFP4 小約 0.5 GB，準確度略有損失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Smaller and a little faster on the CPU; a small classifier loses more to 4-bit quantization than a chat model does.</source>
            <translation>更小，在 CPU 上稍快；小型分類器受 4 位元量化的影響比聊天模型更大。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The alternative safety filter model (Llama 3.2 Community License): safe or unsafe with MLCommons hazard categories S1-S13, trained mostly on English.</source>
            <translation>備選的安全過濾模型（Llama 3.2 社區許可證）：按 MLCommons 危害類別 S1-S13 判定安全或不安全，主要用英語訓練。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The safety filter's model (Apache-2.0, 119 languages): reads every message and each answer as it is written; safe, controversial or unsafe, with categories. 8-bit keeps a small classifier closest to the original.</source>
            <translation>安全過濾器的模型（Apache-2.0，支援 119 種語言）：閱讀每條訊息，並在回答寫出時逐句檢查；判定為安全、有爭議或不安全，並給出類別。8 位元量化能讓小型分類器最接近原版。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice.</source>
            <translation>OpenAI 發布時的原始權重：專家層為 MXFP4，注意力層和嵌入層為 8 位元。推薦選擇。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. All 2 parts download together.</source>
            <translation>OpenAI 發布時的原始權重：專家層為 MXFP4，注意力層和嵌入層為 8 位元。推薦選擇。2 個分卷會一起下載。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. All 3 parts download together.</source>
            <translation>OpenAI 發布時的原始權重：專家層為 MXFP4，注意力層和嵌入層為 8 位元。推薦選擇。3 個分卷會一起下載。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (LM Studio community)</source>
            <translation>gpt-oss-120b（LM Studio 社區）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (Unsloth, one folder per quantization)</source>
            <translation>gpt-oss-120b（Unsloth，每種量化一個資料夾）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (bartowski)</source>
            <translation>gpt-oss-120b（bartowski）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (ggml-org)</source>
            <translation>gpt-oss-120b（ggml-org）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-20b (LM Studio community)</source>
            <translation>gpt-oss-20b（LM Studio 社區）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-20b (Unsloth)</source>
            <translation>gpt-oss-20b（Unsloth）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-20b (bartowski)</source>
            <translation>gpt-oss-20b（bartowski）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-20b (ggml-org, llama.cpp's own conversion)</source>
            <translation>gpt-oss-20b（ggml-org，llama.cpp 官方轉換）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-safeguard-20b (LM Studio community): the safety filter's model</source>
            <translation>gpt-oss-safeguard-20b（LM Studio 社區）：安全過濾器的模型</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-safeguard-20b (Unsloth)</source>
            <translation>gpt-oss-safeguard-20b（Unsloth）</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>
Paused. Run the same command again to resume from {done}.</source>
            <translation>
已暫停。再次執行同一命令即可從 {done} 處繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source> ({free} free)</source>
            <translation>（可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> The server said: {text}</source>
            <translation> 伺服器返回：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Try again in a moment.</source>
            <translation> 請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Try again in {s} seconds.</source>
            <translation> 請在 {s} 秒後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source> Turn on low-memory mode in Settings (saves {size}).</source>
            <translation> 在設定中開啟低記憶體模式（可節省 {size}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Wait a moment and try again.</source>
            <translation> 請稍等片刻再試。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source> and {vram} of GPU memory</source>
            <translation>，另需 {vram} 顯示記憶體</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source> or {n}</source>
            <translation> 或 {n}</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>'functions' is the old form of 'tools': send the functions as 'tools'</source>
            <translation>'functions' 是 'tools' 的舊寫法：請把函數作為 'tools' 發送</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>'messages' must be a non-empty list</source>
            <translation>'messages' 必須是非空清單</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>(local)</source>
            <translation>（本機）</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>(see {prog} --help)</source>
            <translation>（參見 {prog} --help）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>* installed. Fit at {n} tokens of context with this machine's free memory.</source>
            <translation>* 已安裝。按 {n} 個 token 的上下文和這台機器的可用記憶體估算是否放得下。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>A context length of {n} tokens cannot be used: choose one between 256 and the model's own in Settings.</source>
            <translation>無法使用 {n} 個 token 的上下文長度：請在設定中選擇 256 到模型自身上限之間的值。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>A different model named {name} is already imported. Rename the file or delete the other one first.</source>
            <translation>已經匯入了另一個名為 {name} 的模型。請先重新命名檔案，或刪除另一個模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>A file Hearth needs is missing: {what}.</source>
            <translation>Hearth 需要的一個檔案不見了：{what}。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>A file could not be read or written ({reason}{where}).</source>
            <translation>無法讀取或寫入檔案（{reason}{where}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>A remote server cannot continue an answer. Regenerate it instead, with a higher token limit in Settings.</source>
            <translation>遠端伺服器無法繼續一個回答。請改為重新生成，並在設定中提高 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>A reply cannot be edited while it is being written.</source>
            <translation>回答正在寫入時無法編輯。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/stream.py" />
            <source>A streamed safety check failed; the rules checked the rest.</source>
            <translation>一次流式安全檢查失敗；其餘部分已由規則檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>A tool the model called failed ({detail}).</source>
            <translation>模型調用的工具失敗了（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>An encrypted file of Hearth is damaged or was made with another key.</source>
            <translation>Hearth 的一個加密檔案已損壞，或是用另一個金鑰加密的。</translation>
        </message>
        <message>
            <location filename="../../app/core/liveness.py" />
            <source>Another Hearth window or command is changing {folder}, so Hearth did not {what}. Try again when it has finished.</source>
            <translation>另一個 Hearth 視窗或命令正在修改 {folder}，因此 Hearth 沒有執行「{what}」。請等它完成後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Asked the model to answer without more tools</source>
            <translation>已要求模型不再使用工具，直接回答</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Asking how to help someone else: answered, with help resources.</source>
            <translation>詢問如何幫助他人：已回答，並附上求助資源。</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/core/history_io.py" />
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>Bad --category {value}: use an id S1..S14 and one of default, allow, warn, block, e.g. S12=allow.</source>
            <translation>--category {value} 無效：請使用 S1..S14 中的編號，加上 default、allow、warn、block 之一，例如 S12=allow。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Blocked by the local safety filter: {category}.</source>
            <translation>已被本機安全過濾器攔截：{category}。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>CPU ({variant})</source>
            <translation>CPU（{variant}）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU features: {feats}</source>
            <translation>CPU 特性：{feats}</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>CPU threads (0: automatic)</source>
            <translation>CPU 執行緒數（0：自動）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU variants it cannot run: {no}</source>
            <translation>此 CPU 無法執行的 CPU 變體：{no}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU variants this CPU runs: {ok}</source>
            <translation>此 CPU 可以執行的 CPU 變體：{ok}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU: {cpu}, built-in backend (this build has no CPU variants)</source>
            <translation>CPU：{cpu}，內置後端（此版本沒有 CPU 變體）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU: {cpu}, variant {variant} ({how})</source>
            <translation>CPU：{cpu}，變體 {variant}（{how}）</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Cannot open the database {path}: {reason}</source>
            <translation>無法開啟資料庫 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>Check a prompt (or, with --answer, a model answer) with the local safety filter and print the verdict, category and reason.</source>
            <translation>用本機安全過濾器檢查一段提問（或配合 --answer 檢查模型的回答），並輸出結論、類別和原因。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Child sexual exploitation</source>
            <translation>兒童性剝削</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Close other programs before loading this model.</source>
            <translation>載入此模型前請關閉其他程式。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Code interpreter abuse</source>
            <translation>程式碼解釋器濫用</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Conversation memory (context)</source>
            <translation>對話記憶（上下文）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Conversation memory on the GPU</source>
            <translation>GPU 上的對話記憶</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>Conversation: {id}</source>
            <translation>對話：{id}</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Conversations, search index and attached documents' text</source>
            <translation>對話、搜尋索引和附加文件的文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Copy address</source>
            <translation>複製位址</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Could not remove: {what}</source>
            <translation>無法刪除：{what}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Defamation</source>
            <translation>誹謗</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Deleted; {size} freed.</source>
            <translation>已刪除；釋放了 {size}。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>Download cancelled.</source>
            <translation>下載已取消。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Downloaded models</source>
            <translation>已下載的模型</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Each message must be an object ({where})</source>
            <translation>每條訊息都必須是一個物件（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Elections</source>
            <translation>選舉</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Encrypted (AES-256-GCM)</source>
            <translation>已加密（AES-256-GCM）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Encrypted (SQLCipher, AES-256)</source>
            <translation>已加密（SQLCipher，AES-256）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Environment: {cpu}=NAME forces a CPU variant (tests), {gpu}=off loads no GPU module, {dir}=FOLDER loads the modules from another folder.</source>
            <translation>環境變數：{cpu}=NAME 強制使用某個 CPU 變體（測試用），{gpu}=off 不載入任何 GPU 模組，{dir}=FOLDER 從另一個資料夾載入模組。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Error: {error}</source>
            <translation>錯誤：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Experts kept in RAM (hybrid)</source>
            <translation>放在記憶體中的專家（混合）</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Exported from Hearth. Started {date}.</source>
            <translation>從 Hearth 匯出。開始於 {date}。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Fast CPU copy of the experts</source>
            <translation>專家的 CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>Found on the Hub; not described yet. In gpt-oss files the experts stay MXFP4 whatever the name says.</source>
            <translation>在 Hub 上找到；尚無說明。在 gpt-oss 檔案中，無論名稱如何，專家層都保持 MXFP4。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>GPU module {name}: {state}</source>
            <translation>GPU 模組 {name}：{state}</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>GPU modules are switched off ({env}=off).</source>
            <translation>GPU 模組已關閉（{env}=off）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>GPU work buffers</source>
            <translation>GPU 工作緩衝區</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>GPU {name}: {desc}, {total} ({free} free)</source>
            <translation>GPU {name}：{desc}，{total}（可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Give either --model PATH or --remote URL.</source>
            <translation>請提供 --model PATH 或 --remote URL 之一。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Hate</source>
            <translation>仇恨</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Hearth and runtime</source>
            <translation>Hearth 及執行時</translation>
        </message>
        <message>
            <location filename="../../app/core/liveness.py" />
            <source>Hearth cannot lock {folder} to {what} ({reason}).</source>
            <translation>Hearth 無法鎖定 {folder} 以執行「{what}」（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth cannot read its key file {path}: {reason}</source>
            <translation>Hearth 無法讀取它的金鑰檔案 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>Hearth cannot read {name} ({reason}). Check that the file belongs to you or that you may read it.</source>
            <translation>Hearth 無法讀取 {name}（{reason}）。請確認該檔案屬於你，或你有讀取權限。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth cannot save to its database because {reason}. Your conversations can be opened read-only (nothing new is saved), or quit, make the folder writable and start Hearth again.</source>
            <translation>Hearth 無法寫入它的資料庫，因為{reason}。你可以以唯讀方式開啟對話（不會儲存任何新內容），或者退出，讓該資料夾可寫後再啟動 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>Hearth cannot write to {folder} ({reason}). Choose a folder you can write to.</source>
            <translation>Hearth 無法寫入 {folder}（{reason}）。請選擇一個你有寫入權限的資料夾。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Hearth closed before this answer was finished.</source>
            <translation>這個回答完成前 Hearth 就關閉了。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Hearth could not connect to {url} ({reason}). Check the address and that the server is running.</source>
            <translation>Hearth 無法連接到 {url}（{reason}）。請檢查位址，並確認伺服器正在執行。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth could not encrypt the history {path}: the encrypted copy did not match it. The history was left as it was.</source>
            <translation>Hearth 無法加密歷史記錄 {path}：加密後的副本與原檔案不一致。歷史記錄保持原樣。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Hearth could not serve on {host}:{port} ({reason}). Another program may use that port: choose another one in Settings.</source>
            <translation>Hearth 無法在 {host}:{port} 上提供服務（{reason}）。可能有其他程式佔用了該連接埠：請在設定中另選一個。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Hearth is busy: too many requests are waiting for the model. Try again later.</source>
            <translation>Hearth 正忙：等待模型的請求太多了。請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <location filename="../../app/core/network.py" />
            <source>Hearth is in offline mode, so it did not connect to the internet. Turn off offline mode in Settings to download models or refresh the catalog.</source>
            <translation>Hearth 處於離線模式，因此沒有連接網際網路。要下載模型或重新整理模型目錄，請在設定中關閉離線模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Hearth is not allowed to write or read {what}: {reason}.</source>
            <translation>Hearth 沒有權限讀寫 {what}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Hearth opens only web and email links from messages.</source>
            <translation>Hearth 只開啟訊息中的網頁連結和電子郵件連結。</translation>
        </message>
        <message>
            <location filename="../../app/core/network.py" />
            <source>Hearth refused a network connection to {host} that nobody asked for.</source>
            <translation>Hearth 拒絕了一個沒有人要求的、到 {host} 的網路連接。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth's database {path} cannot be used ({detail}).</source>
            <translation>Hearth 的資料庫 {path} 無法使用（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth's database {path} is damaged, so your conversations cannot all be read. The file is left untouched. Hearth can copy what can still be read into a new database (the damaged file is kept beside it), or open it read-only as it is.</source>
            <translation>Hearth 的資料庫 {path} 已損壞，因此無法讀取你的全部對話。該檔案保持原樣。Hearth 可以把仍可讀取的內容複製到一個新資料庫中（損壞的檔案會保留在旁邊），或者以唯讀方式按原樣開啟它。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth's key file {path} is damaged.</source>
            <translation>Hearth 的金鑰檔案 {path} 已損壞。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth's key file {path} is damaged. Restore it from a backup; your history cannot be opened without it and was not changed.</source>
            <translation>Hearth 的金鑰檔案 {path} 已損壞。請從備份中恢復它；沒有它就無法開啟你的歷史記錄，歷史記錄本身沒有被改動。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Hearth's safety filter stopped this because it involves {category}, which Hearth does not help with.</source>
            <translation>Hearth 的安全過濾器停止了這條內容，因為它涉及{category}，Hearth 不協助這類內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Hearth's safety filter stopped this because it looks like {category}. If you meant something harmless, try rephrasing it with a little more context (for example what it is for). You can change the filter in Settings.</source>
            <translation>Hearth 的安全過濾器停止了這條內容，因為它看起來涉及{category}。如果你的本意無害，請補充一點背景（例如用途）後換個說法再試。你可以在設定中調整過濾器。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Imported {name} into {folder}.</source>
            <translation>已將 {name} 匯入到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>Index the given documents in memory and print the passages that best match the query, with file and page.</source>
            <translation>在記憶體中為指定文件建立索引，並輸出與查詢最匹配的段落，附帶檔名和頁碼。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/index.py" />
            <source>Indexing {name} was cancelled.</source>
            <translation>已取消為 {name} 建立索引。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Indiscriminate weapons</source>
            <translation>無差別殺傷性武器</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Instructions</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Intellectual property</source>
            <translation>知識產權</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Kept: {what}</source>
            <translation>已保留：{what}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Libraries: {folder}</source>
            <translation>函式庫檔案：{folder}</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Link not opened</source>
            <translation>連結未開啟</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Load llama.cpp's backend modules as a model load would, and say which CPU variant was picked and which GPUs were found (or why none).</source>
            <translation>像載入模型時一樣載入 llama.cpp 的後端模組，並說明選用了哪個 CPU 變體、找到了哪些 GPU（或為什麼沒有找到）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Loading</source>
            <translation>正在載入</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Loading {name} was cancelled.</source>
            <translation>已取消載入 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Logs</source>
            <translation>日誌</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Looked for “{text}” in the open document</source>
            <translation>在開啟的文件中查找了「{text}」</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Manage gpt-oss model files.</source>
            <translation>管理 gpt-oss 模型檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Message content must be a string or a list of text parts ({where})</source>
            <translation>訊息內容必須是字串或文字片段清單（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Message text encrypted (AES-256-GCM)</source>
            <translation>訊息文字已加密（AES-256-GCM）</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Missing or wrong API key. Send it as 'Authorization: Bearer KEY'.</source>
            <translation>API 金鑰缺失或錯誤。請以 'Authorization: Bearer KEY' 的形式發送。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Model catalog cache</source>
            <translation>模型目錄快取</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Model weights</source>
            <translation>模型權重</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Model weights on the GPU</source>
            <translation>GPU 上的模型權重</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Model: {model}.</source>
            <translation>模型：{model}。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Models in {folder}</source>
            <translation>{folder} 中的模型</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Models in {folder} (a folder you chose)</source>
            <translation>{folder} 中的模型（你選擇的資料夾）</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>Moved to the trash: {id}</source>
            <translation>已移到資源回收筒：{id}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/folder.py" />
            <source>Moving the models failed ({reason}) and %n file(s) could not be put back; they are complete and in {folder}. No file was lost.</source>
            <translation>
                <numerusform>移動模型失敗（{reason}），且有 %n 個檔案無法移回；它們是完整的，位於 {folder}。沒有丟失任何檔案。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/core/history_io.py" />
            <source>New conversation</source>
            <translation>新對話</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>No CPU module (libggml-cpu-*) was found in {folder}. Reinstall Hearth.</source>
            <translation>在 {folder} 中找不到 CPU 模組（libggml-cpu-*）。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>No GPU: {why}</source>
            <translation>無 GPU：{why}</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <location filename="../../app/commands/conversations.py" />
            <source>No conversation has the id {id}. `hearth conversations list` shows them.</source>
            <translation>沒有編號為 {id} 的對話。`hearth conversations list` 可以列出所有對話。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>No conversation text</source>
            <translation>沒有對話文字</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>No document could be read.</source>
            <translation>沒有能讀取的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>No key yet (nothing is stored)</source>
            <translation>尚無金鑰（還沒有儲存任何內容）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>No message text</source>
            <translation>沒有訊息文字</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>No model given and none used before: give either --model PATH or --remote URL (`hearth models list --installed` shows the models you have).</source>
            <translation>沒有指定模型，之前也沒有用過任何模型：請提供 --model PATH 或 --remote URL 之一（`hearth models list --installed` 可以列出你已有的模型）。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>No model is loaded in Hearth.</source>
            <translation>Hearth 中沒有載入模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>No model is loaded in Hearth. Load one in the window, then try again.</source>
            <translation>Hearth 中沒有載入模型。請在視窗中載入一個，然後重試。</translation>
        </message>
        <message>
            <location filename="../../app/workers/engine_worker.py" />
            <source>No model is loaded. Open or download a model first.</source>
            <translation>沒有載入模型。請先開啟或下載一個模型。</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>No passage matches “{query}”.</source>
            <translation>沒有段落匹配「{query}」。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>No safety model is installed ({name}), so only the rules check messages and answers. Download it in the model manager to add the model check.</source>
            <translation>沒有安裝安全模型（{name}），因此只由規則檢查訊息和回答。在模型管理器中下載它即可加上模型檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>No safety rule files were found in {folder}. Reinstall Hearth or turn the safety filter off in Settings.</source>
            <translation>在 {folder} 中找不到安全規則檔案。請重新安裝 Hearth，或在設定中關閉安全過濾器。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>No system keyring is available to keep the key for your history ({kind}). Choose a passphrase instead: Hearth will ask for it at every start (for commands, set {env}). Hearth does not keep your history unencrypted.</source>
            <translation>沒有可用的系統金鑰環來儲存你歷史記錄的金鑰（{kind}）。請改為設定一個口令：Hearth 每次啟動時都會要求輸入（命令列使用時請設定 {env}）。Hearth 不會以未加密的形式儲存你的歷史記錄。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>No usable GPU was found by {names} (check the graphics driver).</source>
            <translation>{names} 沒有找到可用的 GPU（請檢查顯示卡驅動程式）。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Non-violent crimes</source>
            <translation>非暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>None of the documents could be read.</source>
            <translation>所有文件都無法讀取。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>None of this build's CPU variants runs on this CPU ({names}). Hearth needs an x86-64 CPU with SSE4.2, or a 64-bit ARM CPU.</source>
            <translation>此版本的 CPU 變體都無法在這個 CPU（{names}）上執行。Hearth 需要支援 SSE4.2 的 x86-64 CPU，或 64 位元 ARM CPU。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Not encrypted: holds your default developer instructions if you wrote any</source>
            <translation>未加密：如果你寫過預設的開發者指令，會儲存在這裡</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Not encrypted: no message text, document text or keys</source>
            <translation>未加密：不含訊息文字、文件文字或金鑰</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>Not enough free disk space for {name}: it needs {need} more and {free} is free on the disk of {folder}. Free some space or choose another models folder in Settings.</source>
            <translation>磁碟空間不足，無法下載 {name}：還需要 {need}，而 {folder} 所在磁碟只有 {free} 可用。請釋放一些空間，或在設定中另選模型資料夾。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/folder.py" />
            <source>Not enough free space on the disk of {folder}: moving %n model(s) needs {need} and {free} is free. Free some space, choose another folder, or leave the models where they are.</source>
            <translation>
                <numerusform>{folder} 所在磁碟的可用空間不足：移動 %n 個模型需要 {need}，但只有 {free} 可用。請釋放一些空間、另選資料夾，或把模型留在原處。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Not enough memory for {name}: it needs about {need} and this machine has {have}.{hint} A smaller context length also helps.</source>
            <translation>記憶體不足，無法執行 {name}：它需要約 {need}，而這台機器只有 {have}。{hint}減小上下文長度也有幫助。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Not enough memory to finish. Close other programs and try again.</source>
            <translation>記憶體不足，無法完成。請關閉其他程式後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Not enough memory to load {name}. Close other programs, turn on low-memory mode, lower the context length or the GPU layers in Settings.</source>
            <translation>記憶體不足，無法載入 {name}。請關閉其他程式、開啟低記憶體模式，或在設定中降低上下文長度或 GPU 層數。</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Nothing was removed. Run `wipe --yes` to remove all of this.</source>
            <translation>沒有刪除任何內容。執行 `wipe --yes` 即可刪除以上全部內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>Offline mode is on (HF_HUB_OFFLINE), so Hearth did not connect to the internet.</source>
            <translation>離線模式已開啟（HF_HUB_OFFLINE），因此 Hearth 沒有連接網際網路。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Offline mode is on, so Hearth does not connect to {host}. Turn off offline mode in Settings to use this server.</source>
            <translation>離線模式已開啟，因此 Hearth 不會連接 {host}。要使用這台伺服器，請在設定中關閉離線模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>Only an answer can be continued.</source>
            <translation>只有回答可以繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Only an answer saved in a conversation can be continued.</source>
            <translation>只有儲存在對話中的回答可以繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Only n=1 is supported</source>
            <translation>只支援 n=1</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Only text content is supported ({where})</source>
            <translation>只支援文字內容（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Open Hearth first: the key is not unlocked.</source>
            <translation>請先開啟 Hearth：金鑰尚未解鎖。</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open link</source>
            <translation>開啟連結</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open this address in your browser? It is where the link really goes, whatever its text says.</source>
            <translation>要在瀏覽器中開啟這個位址嗎？無論連結文字寫的是什麼，它實際指向的都是這個位址。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>Page numbers follow the page breaks in the file and may differ from Word's layout.</source>
            <translation>頁碼按檔案中的分頁符計算，可能與 Word 中的排版不同。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Privacy</source>
            <translation>隱私</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>Private, offline chat with OpenAI's gpt-oss models.</source>
            <translation>與 OpenAI 的 gpt-oss 模型私密、離線地聊天。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Public files</source>
            <translation>公開檔案</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Read a document</source>
            <translation>閱讀了一篇文件</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Read {document}</source>
            <translation>閱讀了 {document}</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Reading the prompt was stopped.</source>
            <translation>讀取提示詞已停止。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>Reading {name} was cancelled.</source>
            <translation>已取消讀取 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/core/db_repair.py" />
            <source>Recovered {conversations} conversation(s) and {messages} message(s). The damaged file was kept as {damaged}.</source>
            <translation>已恢復 {conversations} 個對話和 {messages} 條訊息。損壞的檔案已保留為 {damaged}。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Remote: {host}</source>
            <translation>遠端：{host}</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Removed {files} files ({size}).</source>
            <translation>已刪除 {files} 個檔案（{size}）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Removed {n} leftover files.</source>
            <translation>已移除 {n} 個殘留檔案。</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Run it again with a higher --max-tokens.</source>
            <translation>請用更大的 --max-tokens 再執行一次。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Runs on: {summary}</source>
            <translation>執行於：{summary}</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Safety filter decisions</source>
            <translation>安全過濾器的判定</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {rule} has an unknown category {category}.</source>
            <translation>安全詞庫條目 {rule} 的類別 {category} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {rule} needs objects and known intents (unknown: {names}).</source>
            <translation>安全詞庫條目 {rule} 需要物件和已知的意圖（未知：{names}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {where} is not an object.</source>
            <translation>安全詞庫條目 {where} 不是物件。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} could not be read: {error}</source>
            <translation>無法讀取安全詞庫 {file}：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} is not a JSON object.</source>
            <translation>安全詞庫 {file} 不是 JSON 物件。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} needs 'intents', 'contexts' and 'entries'.</source>
            <translation>安全詞庫 {file} 需要 'intents'、'contexts' 和 'entries'。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file}: the separator must be a negated character class like [^.!?].</source>
            <translation>安全詞庫 {file}：分隔符必須是取反字元類，例如 [^.!?]。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {where} has a broken pattern: {error}</source>
            <translation>安全詞庫 {where} 中有一個無效的模式：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {where}: expected text or a list of texts.</source>
            <translation>安全詞庫 {where}：應為文字或文字清單。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} could not be read: {error}</source>
            <translation>無法讀取安全規則檔案 {file}：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} is not a JSON object.</source>
            <translation>安全規則檔案 {file} 不是 JSON 物件。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} needs 'macros' and 'rules'.</source>
            <translation>安全規則檔案 {file} 需要 'macros' 和 'rules'。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has a broken pattern: {error}</source>
            <translation>安全規則 {rule} 中有一個無效的模式：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has an unknown category {category}.</source>
            <translation>安全規則 {rule} 的類別 {category} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has an unknown level {level}.</source>
            <translation>安全規則 {rule} 的級別 {level} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has macros that refer to each other.</source>
            <translation>安全規則 {rule} 中的宏互相引用。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has no pattern.</source>
            <translation>安全規則 {rule} 沒有模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} is not an object.</source>
            <translation>安全規則 {rule} 不是物件。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} uses an unknown macro {{{name}}}.</source>
            <translation>安全規則 {rule} 使用了未知的宏 {{{name}}}。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rules: expected text or a list of texts, got {value!r}.</source>
            <translation>安全規則：應為文字或文字清單，實際為 {value!r}。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Saved conversation memory (to reopen chats fast)</source>
            <translation>已儲存的對話記憶（用於快速重新開啟聊天）</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Searched your documents</source>
            <translation>搜尋了你的文件</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Searched your documents for “{query}”</source>
            <translation>在你的文件中搜尋了「{query}」</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Serving on {host} would let other machines use the model. Set an API key to allow that, or serve on 127.0.0.1 only.</source>
            <translation>在 {host} 上提供服務會讓其他機器也能使用模型。請設定 API 金鑰以允許這樣做，或只在 127.0.0.1 上提供服務。</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>Serving {name} at {url} (Ctrl-C stops)</source>
            <translation>正在 {url} 上提供 {name}（按 Ctrl-C 停止）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Settings and window layout</source>
            <translation>設定和視窗布局</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Sex-related crimes</source>
            <translation>性相關犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Sexual content</source>
            <translation>色情內容</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Something went wrong while the answer was written.</source>
            <translation>寫回答時出錯了。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Something went wrong: {detail}</source>
            <translation>出錯了：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>Sources:</source>
            <translation>來源：</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Specialized advice</source>
            <translation>專業建議</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Stopped before the end.</source>
            <translation>在結束前已停止。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Suicide and self-harm</source>
            <translation>自殺與自殘</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>System keyring</source>
            <translation>系統金鑰環</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>System keyring, and your passphrase</source>
            <translation>系統金鑰環，以及你的口令</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Talking to {host} failed: {detail}</source>
            <translation>與 {host} 通信失敗：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>That answer is no longer in this conversation, so it cannot be continued.</source>
            <translation>該回答已不在此對話中，因此無法繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That answer is still being written.</source>
            <translation>該回答仍在寫入中。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That conversation no longer exists.</source>
            <translation>該對話已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That message no longer exists.</source>
            <translation>該訊息已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>That passphrase is not the one that protects your history. Nothing was changed.</source>
            <translation>這不是保護你歷史記錄的口令。沒有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That reply is no longer being written.</source>
            <translation>該回答已不在寫入中。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The API key could not be saved because no system keyring is available ({kind}). Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>系統中沒有可用的金鑰環（{kind}），因此無法儲存 API 金鑰。請安裝或解鎖一個金鑰環（例如 GNOME Keyring 或 KWallet）後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The CPU module {name} could not be loaded. Reinstall Hearth.</source>
            <translation>無法載入 CPU 模組 {name}。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The GPU could not be used ({reason}), so the model runs on the CPU. Lower the GPU layers in Settings or update the graphics driver.</source>
            <translation>無法使用 GPU（{reason}），因此模型在 CPU 上執行。請在設定中降低 GPU 層數，或更新顯示卡驅動程式。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The Hub did not say how large {name} is, so it cannot be downloaded safely.</source>
            <translation>Hub 沒有給出 {name} 的大小，因此無法安全下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The Hub gave no checksum for {name}, so Hearth cannot verify it. The file was not downloaded.</source>
            <translation>Hub 沒有給出 {name} 的總和檢查碼，Hearth 無法校驗它。檔案沒有下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hub refused access to {repo}. If it is private or gated, add a Hugging Face access token with read access in Settings and try again.</source>
            <translation>Hub 拒絕存取 {repo}。如果它是私有或受限儲存庫，請在設定中添加一個有讀取權限的 Hugging Face 存取權杖，然後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hub refused access to {what} (HTTP {status}). Check your access token in Settings.</source>
            <translation>Hub 拒絕存取 {what}（HTTP {status}）。請在設定中檢查你的存取權杖。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hugging Face Hub answered with an error (HTTP {status}) for {what}. Try again later.</source>
            <translation>Hugging Face Hub 對 {what} 返回了錯誤（HTTP {status}）。請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter could not be applied to this model.</source>
            <translation>LoRA 適配器無法應用到這個模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter {name} could not be applied: {detail}.</source>
            <translation>無法應用 LoRA 適配器 {name}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter {name} does not exist. Choose another file in Settings.</source>
            <translation>LoRA 適配器 {name} 不存在。請在設定中另選一個檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The answer reached its limit of {n} tokens.</source>
            <translation>回答已達到 {n} 個 token 的上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The answer reached its token limit.</source>
            <translation>回答已達到 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The answer was interrupted.</source>
            <translation>回答被中斷了。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The answer was stopped in Hearth before it was finished.</source>
            <translation>回答在完成前已在 Hearth 中被停止。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>The attached documents could not be listed: {reason}</source>
            <translation>無法列出附加的文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The connection dropped; trying again in {s:.0f} s (attempt {n} of {max}).</source>
            <translation>連接中斷；{s:.0f} 秒後重試（第 {n} / {max} 次）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The connection to the Hugging Face Hub kept dropping. What was downloaded so far is kept: try again later and the download continues from there.</source>
            <translation>與 Hugging Face Hub 的連接多次中斷。已下載的部分會保留：稍後重試，下載會從那裡繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The connection to {host} broke before the answer was finished. What arrived is kept; check the server and try again.</source>
            <translation>與 {host} 的連接在回答完成前斷開了。已收到的內容會保留；請檢查伺服器後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The conversation filled the model's context, so the answer stopped here.</source>
            <translation>對話已佔滿模型的上下文，因此回答在這裡停止了。</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>The conversation {id} is in the trash.</source>
            <translation>對話 {id} 在資源回收筒中。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The copy of {name} came out the wrong size ({got} instead of {want}), so the models were not moved.</source>
            <translation>{name} 的副本大小不對（{got}，應為 {want}），因此模型沒有移動。</translation>
        </message>
        <message>
            <location filename="../../app/core/db_repair.py" />
            <source>The damaged database cannot be opened at all ({reason}); nothing could be recovered.</source>
            <translation>損壞的資料庫完全無法開啟（{reason}）；沒有恢復任何內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} cannot be opened even read-only ({reason}).</source>
            <translation>資料庫 {path} 即使以唯讀方式也無法開啟（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} cannot be used ({reason}). Close other copies of Hearth, or move the file aside to start a new history.</source>
            <translation>資料庫 {path} 無法使用（{reason}）。請關閉其他正在執行的 Hearth，或把該檔案移到別處以開始新的歷史記錄。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} does not open with Hearth's key: it is damaged, or it was encrypted by another Hearth. It was not changed; move it aside (or restore a backup) to go on.</source>
            <translation>資料庫 {path} 無法用 Hearth 的金鑰開啟：它已損壞，或是由另一個 Hearth 加密的。它沒有被改動；請把它移到別處（或恢復備份）後繼續。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} is in use by another program and did not become free. Close other copies of Hearth and start it again.</source>
            <translation>資料庫 {path} 正被另一個程式使用，一直沒有釋放。請關閉其他正在執行的 Hearth 後重新啟動。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} needs updating ({component}), which cannot be done while it is read-only.</source>
            <translation>資料庫 {path} 需要更新（{component}），但在唯讀狀態下無法更新。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The disk is full, so the download stopped. Free some space and try again; what was downloaded is kept.</source>
            <translation>磁碟已滿，下載已停止。請釋放一些空間後重試；已下載的部分會保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>The disk is full{where}. Free some space and try again.</source>
            <translation>磁碟已滿{where}。請釋放一些空間後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The disk of {folder} is full, so the models were not moved. Nothing was lost: they are all still in {source}.</source>
            <translation>{folder} 所在磁碟已滿，因此模型沒有移動。沒有丟失任何內容：它們都還在 {source} 中。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>The document could not be removed: {reason}</source>
            <translation>無法移除文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/index.py" />
            <source>The document index was made by a newer version of Hearth. Update Hearth to use attached documents.</source>
            <translation>文件索引是由更新版本的 Hearth 建立的。請更新 Hearth 以使用附加的文件。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>The download did not finish.</source>
            <translation>下載沒有完成。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The download of {name} failed unexpectedly ({kind}). Try again; the part downloaded so far is kept.</source>
            <translation>{name} 的下載意外失敗（{kind}）。請重試；已下載的部分會保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>The file is not UTF-8; it was read as {encoding}. If characters look wrong, save it as UTF-8.</source>
            <translation>該檔案不是 UTF-8 編碼；已按 {encoding} 讀取。如果字元顯示不正確，請將它另存為 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The file name {path} is not allowed.</source>
            <translation>不允許使用檔名 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>The history database reported a problem ({detail}). Your conversations are kept; restart Hearth, and if this keeps happening, export your conversations.</source>
            <translation>歷史資料庫報告了一個問題（{detail}）。你的對話仍然保留；請重啟 Hearth，如果問題反覆出現，請匯出你的對話。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>The import file is damaged: {reason}. Nothing was imported.</source>
            <translation>匯入檔案已損壞：{reason}。沒有匯入任何內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>The import file is not a valid Hearth export: {detail}. Nothing was imported.</source>
            <translation>匯入檔案不是有效的 Hearth 匯出檔案：{detail}。沒有匯入任何內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>The imported file is not usable.</source>
            <translation>匯入的檔案無法使用。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key file is damaged</source>
            <translation>金鑰檔案已損壞</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key for your history in the system keyring ({entry}) is not the one your history was encrypted with. Restore the keyring entry; nothing was changed.</source>
            <translation>系統金鑰環中你歷史記錄的金鑰（{entry}）不是加密歷史記錄時所用的那個。請恢復該金鑰環條目；沒有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key for your history is missing from the system keyring ({entry}). Without it the history cannot be opened; restore the keyring from a backup. Nothing was changed.</source>
            <translation>系統金鑰環中缺少你歷史記錄的金鑰（{entry}）。沒有它就無法開啟歷史記錄；請從備份中恢復金鑰環。沒有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The last message must be the user's (or a tool's result)</source>
            <translation>最後一條訊息必須來自使用者（或是工具的結果）</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp library lacks {name}. Reinstall Hearth.</source>
            <translation>llama.cpp 函式庫缺少 {name}。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp library {name} is missing from {folder}. Reinstall Hearth.</source>
            <translation>{folder} 中缺少 llama.cpp 函式庫 {name}。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp runtime (llama_cpp) is not installed. Reinstall Hearth.</source>
            <translation>沒有安裝 llama.cpp 執行時（llama_cpp）。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The llama.cpp runtime could not be loaded ({detail}). Reinstall Hearth.</source>
            <translation>無法載入 llama.cpp 執行時（{detail}）。請重新安裝 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The local server did not start.</source>
            <translation>本機伺服器沒有啟動。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>The message to reply to no longer exists.</source>
            <translation>要回覆的訊息已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>The model catalog is missing from this installation. Reinstall Hearth, or open a GGUF file you already have.</source>
            <translation>此安裝中缺少模型目錄。請重新安裝 Hearth，或開啟你已有的 GGUF 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/workers/engine_worker.py" />
            <source>The model could not be loaded: {detail}</source>
            <translation>無法載入模型：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>The model file {path} does not exist. Check the path, or download the model again from the model manager.</source>
            <translation>模型檔案 {path} 不存在。請檢查路徑，或在模型管理器中重新下載模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The model kept calling tools after it was asked to answer. Try again, or ask it to answer without looking anything up.</source>
            <translation>模型在被要求回答後仍在不停調用工具。請重試，或讓它不查資料直接回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model stopped with an internal error while reading the prompt. Try again; if it keeps failing, lower the context length or GPU layers in Settings.</source>
            <translation>模型在讀取提示詞時因內部錯誤而停止。請重試；如果反覆失敗，請在設定中降低上下文長度或 GPU 層數。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model stopped with an internal error while writing. Try again.</source>
            <translation>模型在寫回答時因內部錯誤而停止。請重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model's memory could not be copied.</source>
            <translation>無法複製模型的記憶。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The model's server cannot continue an answer. Regenerate it instead, with a higher token limit in Settings.</source>
            <translation>模型所在的伺服器無法繼續一個回答。請改為重新生成，並在設定中提高 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The models could not be moved ({reason}). Nothing was lost: they are all still in {source}.</source>
            <translation>無法移動模型（{reason}）。沒有丟失任何內容：它們都還在 {source} 中。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/downloads.py" />
            <source>The models folder cannot change while %n download(s) are unfinished: their partial files are in the current folder. Let them finish, or cancel them in the Downloads tab, then try again.</source>
            <translation>
                <numerusform>有 %n 個下載尚未完成，此時無法更改模型資料夾：它們的部分檔案在目前資料夾中。請等它們完成，或在「下載」分頁中取消它們，然後重試。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The move was cancelled. Your models are still in {folder}.</source>
            <translation>移動已取消。你的模型仍在 {folder} 中。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The passphrase is the only way to your history here (no system keyring holds the key); it cannot be removed.</source>
            <translation>在這裡，口令是開啟你歷史記錄的唯一方式（沒有系統金鑰環儲存金鑰）；因此無法移除。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The prompt is longer than the context.</source>
            <translation>提示詞比上下文還長。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The reasoning used the whole limit of {n} tokens, so there is no answer yet.</source>
            <translation>推理用完了全部 {n} 個 token 的上限，因此還沒有回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The reasoning used the whole token limit, so there is no answer yet.</source>
            <translation>推理用完了全部 token 上限，因此還沒有回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The repository {repo} was not found on the Hugging Face Hub.</source>
            <translation>在 Hugging Face Hub 上找不到儲存庫 {repo}。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request body is not valid JSON</source>
            <translation>請求體不是有效的 JSON</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request body must be a JSON object</source>
            <translation>請求體必須是 JSON 物件</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request was cancelled before it started.</source>
            <translation>請求在開始前就被取消了。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The safety filter could not check your message ({detail}), so it was not sent to the model. Try again; if it keeps failing, turn the filter's model check off in Settings.</source>
            <translation>安全過濾器無法檢查你的訊息（{detail}），因此它沒有被發送給模型。請重試；如果反覆失敗，請在設定中關閉過濾器的模型檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/guard.py" />
            <source>The safety model ({name}) could not run ({error}); only the rules checked this.</source>
            <translation>安全模型（{name}）無法執行（{error}）；這條內容只經過了規則檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/guard.py" />
            <source>The safety model ({name}) gave an answer that could not be read; only the rules checked this.</source>
            <translation>安全模型（{name}）給出的回答無法解析；這條內容只經過了規則檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/stream.py" />
            <source>The safety model did not finish in time; the rules checked the end of this answer.</source>
            <translation>安全模型沒有及時完成；這條回答的結尾由規則檢查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>The safety model found no problem.</source>
            <translation>安全模型沒有發現問題。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>The safety model judged this as {category}, so it was blocked.</source>
            <translation>安全模型判定這條內容屬於{category}，因此已攔截。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The safety model was closed.</source>
            <translation>安全模型已關閉。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>The safety model {name} could not be loaded ({error}); only the rules check messages and answers.</source>
            <translation>無法載入安全模型 {name}（{error}）；只由規則檢查訊息和回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} did not answer within {s:.0f} seconds. Check that it is running and not overloaded.</source>
            <translation>{host} 上的伺服器在 {s:.0f} 秒內沒有響應。請檢查它是否正在執行，以及是否負載過高。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} does not allow this key to use it (403).{said}</source>
            <translation>{host} 上的伺服器不允許此金鑰使用它（403）。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} ended the answer without saying it was finished. What arrived is kept; try again.</source>
            <translation>{host} 上的伺服器結束了回答，但沒有表明已完成。已收到的內容會保留；請重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} failed ({status}).{said} Try again; if it keeps failing, check the server's log.</source>
            <translation>{host} 上的伺服器出錯（{status}）。{said}請重試；如果反覆失敗，請檢視伺服器的日誌。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} has no model “{model}”. It serves: {names}.</source>
            <translation>{host} 上的伺服器沒有模型「{model}」。它提供的是：{names}。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} has no such address or model (404). Check the base URL (it usually ends in /v1) and the model name.{said}</source>
            <translation>{host} 上的伺服器沒有這個位址或模型（404）。請檢查基礎 URL（通常以 /v1 結尾）和模型名稱。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} is busy or not ready (503).{hint}{said}</source>
            <translation>{host} 上的伺服器正忙或尚未就緒（503）。{hint}{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} is busy or this key's quota is used up (429).{hint}</source>
            <translation>{host} 上的伺服器正忙，或此金鑰的配額已用完（429）。{hint}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} refused the API key (401). Check the key in Models → Remote server.</source>
            <translation>{host} 上的伺服器拒絕了 API 金鑰（401）。請在「模型 → 遠端伺服器」中檢查金鑰。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} refused the request ({status}).{said}</source>
            <translation>{host} 上的伺服器拒絕了請求（{status}）。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} reported an error: {text}</source>
            <translation>{host} 上的伺服器報告了一個錯誤：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} serves no model.</source>
            <translation>{host} 上的伺服器沒有提供任何模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} stopped sending the answer for {s:.0f} seconds, so Hearth gave up. What arrived is kept. Check that the server is running and not overloaded.</source>
            <translation>{host} 上的伺服器已有 {s:.0f} 秒沒有發送回答，Hearth 已放棄等待。已收到的內容會保留。請檢查伺服器是否正在執行，以及是否負載過高。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} stopped with an error: {text}. What arrived is kept.</source>
            <translation>{host} 上的伺服器因錯誤而停止：{text}。已收到的內容會保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The server sent the wrong part of {name}.</source>
            <translation>伺服器發送了 {name} 的錯誤部分。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The system keyring cannot be reached ({kind}), and the key for your history is kept there. Unlock the keyring (for example GNOME Keyring or KWallet) and start Hearth again. Nothing was changed.</source>
            <translation>無法存取系統金鑰環（{kind}），而你歷史記錄的金鑰儲存在那裡。請解鎖金鑰環（例如 GNOME Keyring 或 KWallet）後重新啟動 Hearth。沒有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The system keyring did not give Hearth the key for your history ({why}). Unlock the keyring, or enter your Hearth passphrase.</source>
            <translation>系統金鑰環沒有把你歷史記錄的金鑰交給 Hearth（{why}）。請解鎖金鑰環，或輸入你的 Hearth 口令。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>The text encoding was guessed as {encoding}; if characters look wrong, save the file as UTF-8.</source>
            <translation>文字編碼被推測為 {encoding}；如果字元顯示不正確，請將檔案另存為 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The text is too long for the safety model ({n} tokens, its context holds {ctx}).</source>
            <translation>文字太長，安全模型無法處理（{n} 個 token，而它的上下文只能容納 {ctx} 個）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The token could not be removed from the keyring ({kind}).</source>
            <translation>無法從金鑰環中移除權杖（{kind}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The token could not be saved because no system keyring is available ({kind}). Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>系統中沒有可用的金鑰環（{kind}），因此無法儲存權杖。請安裝或解鎖一個金鑰環（例如 GNOME Keyring 或 KWallet）後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The {names} GPU support could not start ({detail}): install or update the graphics driver.</source>
            <translation>{names} GPU 支援無法啟動（{detail}）：請安裝或更新顯示卡驅動程式。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>There is no database at {path}.</source>
            <translation>{path} 處沒有資料庫。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Thinking</source>
            <translation>思考</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>This build of Hearth has no GPU support.</source>
            <translation>此版本的 Hearth 不支援 GPU。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>This conversation needs {n} tokens but the context holds {ctx}. Start a new conversation, or raise the context length in Settings.</source>
            <translation>這個對話需要 {n} 個 token，但上下文只能容納 {ctx} 個。請開始一個新對話，或在設定中提高上下文長度。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>This database was written by a newer version of Hearth ({component} schema {found}, this version knows {known}). Update Hearth to open it.</source>
            <translation>此資料庫是由更新版本的 Hearth 寫入的（{component} 架構 {found}，此版本只認識 {known}）。請更新 Hearth 後再開啟。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>This document contains instructions aimed at the assistant; they are treated as quoted text, not as instructions.</source>
            <translation>此文件包含針對助手的指令；它們被視為引用的文字，而不是指令。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>This file was encrypted by a newer version of Hearth.</source>
            <translation>此檔案是由更新版本的 Hearth 加密的。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>This file was not written by Hearth's encryption.</source>
            <translation>此檔案不是由 Hearth 的加密功能寫入的。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>This may touch on {category}.</source>
            <translation>這可能涉及{category}。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>This model is split into {n} parts and {missing} is missing. Download the missing parts, then try again.</source>
            <translation>此模型分為 {n} 個部分，缺少 {missing}。請下載缺少的部分後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>This model needs more memory than this computer has. Choose gpt-oss-20b, or a machine with more memory.</source>
            <translation>此模型需要的記憶體超過這台電腦所有的記憶體。請選擇 gpt-oss-20b，或換一台記憶體更大的機器。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>This system does not allow Hearth to use {name} where it is ({reason}). Copy it instead.</source>
            <translation>此系統不允許 Hearth 在原位置使用 {name}（{reason}）。請改為複製一份。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Thought for {seconds} s</source>
            <translation>思考了 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Tight</source>
            <translation>勉強放得下</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
            <translation>口令錯誤次數過多。請在 {seconds} 秒後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Tried a tool that is not available: {name}</source>
            <translation>嘗試使用了一個不可用的工具：{name}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Try a shorter context length (for example 4096 tokens).</source>
            <translation>請嘗試更短的上下文長度（例如 4096 個 token）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Turn on low-memory mode in Settings: it saves {saved} by skipping the fast CPU copy of the experts, at about a quarter less speed.</source>
            <translation>在設定中開啟低記憶體模式：跳過專家的 CPU 快速副本可以節省 {saved}，速度大約降低四分之一。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Unknown role {role!r} ({where})</source>
            <translation>未知角色 {role!r}（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Use at least {n} characters.</source>
            <translation>請至少使用 {n} 個字元。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Used the browser</source>
            <translation>使用了瀏覽器</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Used the tool {name}</source>
            <translation>使用了工具 {name}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>Verification cancelled.</source>
            <translation>校驗已取消。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Violent crimes</source>
            <translation>暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Where the encryption key is kept ({source}); no secret in it</source>
            <translation>加密金鑰的存放位置（{source}）；其中不含機密內容</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Without --yes, list what would be removed. With --yes, remove the history database, saved states, logs, settings, caches, the key file and Hearth's keyring entries. Close the Hearth window first.</source>
            <translation>不加 --yes 時，列出將被刪除的內容。加上 --yes 時，刪除歷史資料庫、儲存的狀態、日誌、設定、快取、金鑰檔案以及 Hearth 的金鑰環條目。請先關閉 Hearth 視窗。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Won't fit</source>
            <translation>放不下</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Work buffers</source>
            <translation>工作緩衝區</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Write an email to this address?</source>
            <translation>要給這個位址寫電子郵件嗎？</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/core/history_io.py" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>You seem to be offline: Hearth could not look up {host}. Check the internet connection, then try again.</source>
            <translation>你似乎處於離線狀態：Hearth 無法解析 {host}。請檢查網路連接後重試。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Your documents could not be searched ({detail}). Try again, or remove the document and attach it again.</source>
            <translation>無法搜尋你的文件（{detail}）。請重試，或移除該文件後重新附加。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your history is encrypted, but its key file ({path}) and its keyring entry are missing. Restore them from a backup; nothing was changed.</source>
            <translation>你的歷史記錄已加密，但它的金鑰檔案（{path}）和金鑰環條目都不見了。請從備份中恢復它們；沒有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your history is protected by a passphrase. Enter it to open Hearth (or set {env} for commands).</source>
            <translation>你的歷史記錄受口令保護。請輸入口令開啟 Hearth（命令列使用時請設定 {env}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Your message is too long for the context: it needs more than {room} tokens and the context holds {ctx}. Shorten it, attach the text as a document instead, or raise the context length in Settings.</source>
            <translation>你的訊息對於上下文來說太長了：它需要超過 {room} 個 token，而上下文只能容納 {ctx} 個。請縮短訊息、改為把文字作為文件附加，或在設定中提高上下文長度。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your passphrase</source>
            <translation>你的口令</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>a document or folder to read (repeat for more)</source>
            <translation>要讀取的文件或資料夾（可重複指定多個）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>a document or folder to search (repeat for more)</source>
            <translation>要搜尋的文件或資料夾（可重複指定多個）</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>a file it needs</source>
            <translation>它需要的一個檔案</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>about {h} h {m} min left</source>
            <translation>約剩 {h} 小時 {m} 分鐘</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>about {n} min left</source>
            <translation>約剩 {n} 分鐘</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>address to listen on; anything but loopback needs --api-key</source>
            <translation>監聽的位址；非回送位址需要 --api-key</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>all layers on the GPU, the experts of {n} of {total} in RAM</source>
            <translation>所有層都在 GPU 上，其中 {n} / {total} 層的專家在記憶體中</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>all on the CPU</source>
            <translation>全部在 CPU 上</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>all on the GPU</source>
            <translation>全部在 GPU 上</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>also ask this guard model (Qwen3Guard-Gen or Llama Guard 3)</source>
            <translation>同時詢問此安全模型（Qwen3Guard-Gen 或 Llama Guard 3）</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>answer a question from documents, with sources</source>
            <translation>根據文件回答問題，並給出來源</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>answer one prompt with a local model or a server's</source>
            <translation>用本機模型或伺服器上的模型回答一個提問</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>apply a LoRA adapter GGUF made for the model, scaled 0-2 (default 1)</source>
            <translation>應用為該模型製作的 LoRA 適配器 GGUF，縮放係數 0-2（預設 1）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>check a GGUF file is complete and undamaged</source>
            <translation>檢查 GGUF 檔案是否完整、未損壞</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check text with the local safety filter</source>
            <translation>用本機安全過濾器檢查文字</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check the text as a pasted or attached document</source>
            <translation>把文字當作貼上或附加的文件來檢查</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check the text as a streamed answer instead of a prompt</source>
            <translation>把文字當作流式輸出的回答而不是提問來檢查</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>child sexual exploitation</source>
            <translation>兒童性剝削</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>clean up unfinished downloads</source>
            <translation>清理未完成的下載</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>code interpreter abuse</source>
            <translation>程式碼解釋器濫用</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>context length for the fit estimate</source>
            <translation>用於估算是否放得下的上下文長度</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>context length in tokens</source>
            <translation>上下文長度（token 數）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>copy or link a GGUF from disk into the models folder</source>
            <translation>把磁碟上的 GGUF 複製或連結到模型資料夾</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>defamation</source>
            <translation>誹謗</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>delete an installed model (all parts)</source>
            <translation>刪除一個已安裝的模型（所有分卷）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>delete leftovers of interrupted downloads</source>
            <translation>刪除中斷的下載留下的殘留檔案</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>delete {name}</source>
            <translation>刪除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>download a file (all parts of a split one)</source>
            <translation>下載一個檔案（分卷檔案會下載所有分卷）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>election misinformation</source>
            <translation>選舉虛假資訊</translation>
        </message>
        <message>
            <location filename="../../app/core/models/probe.py" />
            <source>exit status {code}</source>
            <translation>退出狀態 {code}</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>expected sha256 of the (first) file</source>
            <translation>（第一個）檔案預期的 sha256</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>failed: {error}</source>
            <translation>失敗：{error}</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>fixed seed for repeatable output</source>
            <translation>固定隨機種子，使輸出可重現</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>forced by {env}</source>
            <translation>由 {env} 強制指定</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>found after undoing: {how}</source>
            <translation>還原後發現：{how}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/guard.py" />
            <source>guard</source>
            <translation>安全模型</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>hate</source>
            <translation>仇恨</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>how many passages to print (default 5)</source>
            <translation>要輸出多少個段落（預設 5）</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>how strict the filter is (default: standard)</source>
            <translation>過濾器的嚴格程度（預設：standard）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>import {name}</source>
            <translation>匯入 {name}</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>incomplete</source>
            <translation>不完整</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>indiscriminate weapons</source>
            <translation>無差別殺傷性武器</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>instructions for the model (the developer message)</source>
            <translation>給模型的指令（開發者訊息）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>intellectual property violations</source>
            <translation>侵犯知識產權</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>interrupted</source>
            <translation>已中斷</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>it does not say it is one</source>
            <translation>檔案中沒有這樣的標記</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>it does not say its {key}</source>
            <translation>它沒有給出 {key}</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>it is read-only</source>
            <translation>它是唯讀的</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its vocabulary lacks the harmony token {token}</source>
            <translation>它的詞表中缺少 harmony token {token}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its {key} is {value}, where a gpt-oss model has {low} to {high}</source>
            <translation>它的 {key} 為 {value}，而 gpt-oss 模型應為 {low} 到 {high}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its {n} attention heads do not share {kv} key/value heads evenly</source>
            <translation>它的 {n} 個注意力頭無法平均分配 {kv} 個鍵/值頭</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>keep downloaded models in Hearth's models folder</source>
            <translation>保留 Hearth 模型資料夾中已下載的模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>keep the experts of the first N layers in RAM when the rest is on the GPU (-1: as the fit estimate recommends)</source>
            <translation>當其餘部分在 GPU 上時，把前 N 層的專家放在記憶體中（-1：按估算的建議）</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>key clients must send (default: ${env}, else none)</source>
            <translation>客戶端必須發送的金鑰（預設：${env}，否則無）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>largest file to read, in MB (default 50)</source>
            <translation>可讀取的最大檔案，單位 MB（預設 50）</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>layers on the GPU (-1: all)</source>
            <translation>放在 GPU 上的層數（-1：全部）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>less than a minute left</source>
            <translation>剩餘不到一分鐘</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>let the model search the documents itself with its browser tool (instead of putting the best passages in the prompt)</source>
            <translation>讓模型用它的瀏覽器工具自己搜尋文件（而不是把最相關的段落放進提示詞）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>list, download, verify, import and delete models</source>
            <translation>列出、下載、校驗、匯入和刪除模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>list, show, export or delete saved conversations</source>
            <translation>列出、顯示、匯出或刪除已儲存的對話</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>llama.cpp refused it</source>
            <translation>llama.cpp 拒絕了它</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>load a generated tiny model, generate a few tokens, print OK</source>
            <translation>載入一個生成的微型模型，生成幾個 token，然後輸出 OK</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>log more</source>
            <translation>輸出更多日誌</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>longest answer in tokens</source>
            <translation>最長回答的 token 數</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>matched: {text}</source>
            <translation>匹配到：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>max_tokens must be a positive integer</source>
            <translation>max_tokens 必須是正整數</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>message {id} answers a message that is missing</source>
            <translation>訊息 {id} 回覆的訊息不存在</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>message {id} belongs to two conversations</source>
            <translation>訊息 {id} 同時屬於兩個對話</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>move a conversation to the trash (its saved model state is deleted)</source>
            <translation>把對話移到資源回收筒（其儲存的模型狀態會被刪除）</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>no list of conversations</source>
            <translation>沒有對話清單</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>no progress bar</source>
            <translation>不顯示進度條</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>no such tensor</source>
            <translation>沒有這個張量</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>non-violent crimes</source>
            <translation>非暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>one conversation as Markdown or JSON (every branch)</source>
            <translation>以 Markdown 或 JSON 匯出一個對話（包含所有分支）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>only installed models</source>
            <translation>僅已安裝的模型</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>open the window with this GGUF loaded</source>
            <translation>開啟視窗並載入這個 GGUF</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>per-category choice, e.g. S12=allow; ACTION is default, allow, warn or block; may be repeated</source>
            <translation>按類別設定，例如 S12=allow；ACTION 為 default、allow、warn 或 block；可重複指定</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>port to listen on</source>
            <translation>監聽的連接埠</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/commands/models.py" />
            <location filename="../../app/commands/safety_check.py" />
            <location filename="../../app/commands/wipe.py" />
            <source>print JSON</source>
            <translation>輸出 JSON</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>print JSON instead of text</source>
            <translation>輸出 JSON 而不是文字</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>print one JSON object at the end</source>
            <translation>最後輸出一個 JSON 物件</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>privacy violations</source>
            <translation>侵犯隱私</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>read no saved model state for this turn (the prompt is read again)</source>
            <translation>本輪不讀取已儲存的模型狀態（重新讀取提示詞）</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>really remove everything</source>
            <translation>確實刪除全部內容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>reasoning effort</source>
            <translation>推理強度</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>reasoning_effort must be low, medium or high</source>
            <translation>reasoning_effort 必須是 low、medium 或 high</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>refresh sizes from the Hub first</source>
            <translation>先從 Hub 重新整理檔案大小</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>remove everything Hearth keeps (history, states, logs, settings, keys)</source>
            <translation>刪除 Hearth 儲存的一切（歷史記錄、狀態、日誌、設定、金鑰）</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>requests that may wait for the model before 503</source>
            <translation>在返回 503 之前可以排隊等待模型的請求數</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>save the exchange in the history: 'new' starts a conversation (its id is printed), an id continues one</source>
            <translation>把這次問答儲存到歷史記錄中：'new' 開始一個新對話（會輸出其編號），給出編號則繼續該對話</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>search documents without a model and print the best passages</source>
            <translation>不使用模型搜尋文件，並輸出最匹配的段落</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>seed must be an integer</source>
            <translation>seed 必須是整數</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>serve a model to other programs with the OpenAI API (loopback only by default)</source>
            <translation>透過 OpenAI API 把模型提供給其他程式（預設只監聽回送位址）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>sex-related crimes</source>
            <translation>性相關犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>sexual content</source>
            <translation>色情內容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>skip llama.cpp's repacked copy of the experts (less RAM, slower)</source>
            <translation>跳過 llama.cpp 對專家的重排副本（佔用記憶體更少，速度更慢）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>skipped: {error}</source>
            <translation>已跳過：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>specialized advice</source>
            <translation>專業建議</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>stop must be a string or a list of up to 4 strings</source>
            <translation>stop 必須是字串，或最多 4 個字串組成的清單</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>stream the model's reasoning to stderr</source>
            <translation>把模型的推理過程輸出到 stderr</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>suicide and self-harm</source>
            <translation>自殺與自殘</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>the CPU variant and GPU devices llama.cpp runs on here</source>
            <translation>llama.cpp 在這台機器上使用的 CPU 變體和 GPU 裝置</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the GGUF model file</source>
            <translation>GGUF 模型檔案</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the GGUF model file (default: the model used last)</source>
            <translation>GGUF 模型檔案（預設：上次使用的模型）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>the Hub did not answer</source>
            <translation>Hub 沒有響應</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the LoRA scale must be between 0 and 2</source>
            <translation>LoRA 縮放係數必須在 0 到 2 之間</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>the best this CPU runs</source>
            <translation>此 CPU 能執行的最佳變體</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>the catalog with sizes and whether each fits here</source>
            <translation>模型目錄，附帶大小以及每個模型能否在這裡執行</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>the conversations, most recent first</source>
            <translation>對話清單，最近的在前</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>the file</source>
            <translation>該檔案</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>the file {file} is read-only</source>
            <translation>檔案 {file} 是唯讀的</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>the folder {folder} is read-only</source>
            <translation>資料夾 {folder} 是唯讀的</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>the loaded model</source>
            <translation>已載入的模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>the messages of one conversation (the branch on screen)</source>
            <translation>一個對話的訊息（螢幕上顯示的分支）</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>the module did not start</source>
            <translation>模組沒有啟動</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is beyond the {n} layers the header says</source>
            <translation>張量 {tensor} 超出了檔案頭所說的 {n} 層</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is missing (the header says {n} layers)</source>
            <translation>缺少張量 {tensor}（檔案頭說有 {n} 層）</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is {got} where the header's numbers make it {want}</source>
            <translation>張量 {tensor} 為 {got}，而按檔案頭的數值應為 {want}</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>the text is not valid UTF-8 (check the terminal's encoding)</source>
            <translation>文字不是有效的 UTF-8（請檢查終端機的編碼）</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>the text to check; '-' reads it from standard input</source>
            <translation>要檢查的文字；'-' 表示從標準輸入讀取</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>tool_choice must be 'auto' or 'none': Hearth cannot force a tool call</source>
            <translation>tool_choice 必須是 'auto' 或 'none'：Hearth 無法強制調用工具</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <location filename="../../app/core/engine.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>unknown CPU</source>
            <translation>未知 CPU</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>unknown version {version}</source>
            <translation>未知版本 {version}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>unsafe content</source>
            <translation>不安全內容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>use the model of an OpenAI-compatible server instead of a file (key from HEARTH_API_KEY or the keyring)</source>
            <translation>使用 OpenAI 相容伺服器上的模型而不是檔案（金鑰取自 HEARTH_API_KEY 或金鑰環）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>violent crimes</source>
            <translation>暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>what this machine has for running models</source>
            <translation>這台機器執行模型所具備的條件</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>what to ask</source>
            <translation>要問的問題</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>what to ask about the documents</source>
            <translation>關於這些文件要問的問題</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>what to look for</source>
            <translation>要查找的內容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>which of the server's models (default: the first it lists)</source>
            <translation>使用伺服器上的哪個模型（預設：它列出的第一個）</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>write to this file instead of printing</source>
            <translation>寫入此檔案而不是輸出到螢幕</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{count} of {total} pages have no text (scanned images?) and were skipped.</source>
            <translation>{total} 頁中有 {count} 頁沒有文字（是掃描影像嗎？），已跳過。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>{env}={name}: there is no such CPU variant; this build has {names}.</source>
            <translation>{env}={name}：沒有這個 CPU 變體；此版本包含 {names}。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>{env}={name}: this CPU cannot run that variant (it lacks an instruction it needs).</source>
            <translation>{env}={name}：這個 CPU 無法執行該變體（缺少它需要的指令）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>{file} is not a guard model Hearth knows (Qwen3Guard-Gen or Llama Guard 3).</source>
            <translation>{file} 不是 Hearth 認識的安全模型（Qwen3Guard-Gen 或 Llama Guard 3）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <location filename="../../app/core/sources.py" />
            <source>{file}, line {line}</source>
            <translation>{file}，第 {line} 行</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <location filename="../../app/core/sources.py" />
            <source>{file}, page {page}</source>
            <translation>{file}，第 {page} 頁</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>{folder} is already the models folder.</source>
            <translation>{folder} 已經是模型資料夾。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>{key} must be a number from {low} to {high}</source>
            <translation>{key} 必須是 {low} 到 {high} 之間的數字</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>{name} appeared in {folder} while the models were being moved, so nothing was moved.</source>
            <translation>移動模型期間 {folder} 中出現了 {name}，因此沒有移動任何內容。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} cannot be a working gpt-oss model: {detail}. The file is damaged or was made wrongly; download a published gpt-oss GGUF instead.</source>
            <translation>{name} 不可能是可用的 gpt-oss 模型：{detail}。該檔案已損壞或製作有誤；請改為下載正式發布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains binary data, not text, even though its name says otherwise. Attach the original document instead.</source>
            <translation>{name} 雖然名稱顯示為文字，但包含的是二進位資料。請改為附加原始文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains no text.</source>
            <translation>{name} 不包含文字。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains {count} internal parts, far more than a Word file has; it was not opened.</source>
            <translation>{name} 包含 {count} 個內部部件，遠多於 Word 檔案應有的數量；沒有開啟它。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>{name} could not be indexed: {reason}</source>
            <translation>無法為 {name} 建立索引：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} could not be loaded: {detail}. If the file was downloaded, verify or download it again.</source>
            <translation>無法載入 {name}：{detail}。如果檔案是下載的，請校驗或重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} could not be read; it may be damaged or not really a {kind} file ({reason}).</source>
            <translation>無法讀取 {name}；它可能已損壞，或並不是真正的 {kind} 檔案（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} does not match its recorded checksum: it was changed or damaged on disk. Delete it and download it again.</source>
            <translation>{name} 與記錄的總和檢查碼不符：它在磁碟上被修改或損壞了。請刪除後重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has more than {cap} pages; split it into smaller files.</source>
            <translation>{name} 超過 {cap} 頁；請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has no pages.</source>
            <translation>{name} 沒有任何頁面。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has no text layer (it looks like a scan). Run it through OCR, for example “Recognize text” in a PDF tool, and attach the result.</source>
            <translation>{name} 沒有文字層（看起來是掃描件）。請先用 OCR 處理，例如 PDF 工具中的「識別文字」，然後附加處理結果。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has {pages} pages; documents can have at most {cap}. Split it into smaller files.</source>
            <translation>{name} 有 {pages} 頁；文件最多只能有 {cap} 頁。請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} holds more than {cap} characters of text; split it into smaller files.</source>
            <translation>{name} 的文字超過 {cap} 個字元；請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} holds no LoRA weights.</source>
            <translation>{name} 中沒有 LoRA 權重。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is a '{arch}' model. Hearth runs OpenAI's gpt-oss models (gpt-oss-20b, gpt-oss-120b); choose a gpt-oss GGUF file.</source>
            <translation>{name} 是「{arch}」模型。Hearth 執行的是 OpenAI 的 gpt-oss 模型（gpt-oss-20b、gpt-oss-120b）；請選擇一個 gpt-oss GGUF 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is a complete {arch} model ({size}).</source>
            <translation>{name} 是一個完整的 {arch} 模型（{size}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is a safety model, not a chat model: Hearth uses it for the safety filter (Settings, Safety). Choose a gpt-oss file to chat with.</source>
            <translation>{name} 是安全模型，不是聊天模型：Hearth 把它用於安全過濾器（設定 → 安全）。請選擇一個 gpt-oss 檔案來聊天。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is a zip file but not a Word document.</source>
            <translation>{name} 是 zip 檔案，但不是 Word 文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is a {arch} model, not gpt-oss: it may run, but Hearth is made for gpt-oss.</source>
            <translation>{name} 是 {arch} 模型，不是 gpt-oss：它也許能執行，但 Hearth 是為 gpt-oss 設計的。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is cut short: its header ends early. The download was probably interrupted; download it again.</source>
            <translation>{name} 被截斷了：它的檔案頭提前結束。下載可能被中斷了；請重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is damaged: its header cannot be read ({detail}). Download it again.</source>
            <translation>{name} 已損壞：無法讀取它的檔案頭（{detail}）。請重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is damaged: its header gives the data alignment as {value}, which is not a power of two. Download it again.</source>
            <translation>{name} 已損壞：它的檔案頭給出的資料對齊值為 {value}，不是 2 的冪。請重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is empty or almost empty ({size} bytes): it is not a model. Download it again.</source>
            <translation>{name} 是空的或幾乎是空的（{size} 位元組）：它不是模型。請重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is incomplete: it has {have} of the {need} its header describes. The download was probably interrupted; resume or download it again.</source>
            <translation>{name} 不完整：它只有 {have}，而檔案頭描述的是 {need}。下載可能被中斷了；請繼續下載或重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is larger than {cap}; split it into smaller files.</source>
            <translation>{name} 大於 {cap}；請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is not a GGUF model file. Hearth runs GGUF files such as gpt-oss-20b-mxfp4.gguf.</source>
            <translation>{name} 不是 GGUF 模型檔案。Hearth 執行的是 GGUF 檔案，例如 gpt-oss-20b-mxfp4.gguf。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is not a LoRA adapter (it is a '{kind}' file). Choose a LoRA GGUF made for gpt-oss.</source>
            <translation>{name} 不是 LoRA 適配器（它是「{kind}」檔案）。請選擇一個為 gpt-oss 製作的 LoRA GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is not a LoRA adapter Hearth can read ({detail}).</source>
            <translation>{name} 不是 Hearth 能讀取的 LoRA 適配器（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is not a readable PDF; it may be truncated or damaged. Download or export it again.</source>
            <translation>{name} 不是可讀取的 PDF；它可能被截斷或已損壞。請重新下載或匯出。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is not a valid Word .docx file. If it is an older .doc file, open it in Word or LibreOffice and save it as .docx.</source>
            <translation>{name} 不是有效的 Word .docx 檔案。如果它是舊的 .doc 檔案，請在 Word 或 LibreOffice 中開啟並另存為 .docx。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is not in Hearth's models folder, so Hearth will not delete it.</source>
            <translation>{name} 不在 Hearth 的模型資料夾中，因此 Hearth 不會刪除它。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is password-protected. Open it in a PDF viewer, save a copy without a password and attach that.</source>
            <translation>{name} 受密碼保護。請在 PDF 閱讀器中開啟它，另存一份沒有密碼的副本，然後附加那份副本。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is {size}; documents can be at most {cap}. Split it into smaller files.</source>
            <translation>{name} 大小為 {size}；文件最大只能是 {cap}。請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} lacks the harmony token {token}, so Hearth cannot talk to it. Choose a published gpt-oss GGUF.</source>
            <translation>{name} 缺少 harmony token {token}，因此 Hearth 無法與它對話。請選擇正式發布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} looks like a zip bomb: part {part} would inflate from {small} to {big}. It was not opened.</source>
            <translation>{name} 看起來是一個 zip 炸彈：部件 {part} 會從 {small} 膨脹到 {big}。沒有開啟它。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/probe.py" />
            <source>{name} makes llama.cpp stop while loading it ({detail}). The file is damaged or is not a model Hearth can run; download a published gpt-oss GGUF instead.</source>
            <translation>載入 {name} 時 llama.cpp 停止了執行（{detail}）。該檔案已損壞，或不是 Hearth 能執行的模型；請改為下載正式發布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>{name} matches the Hub's checksum but is not a complete GGUF model file, so Hearth cannot use it. Choose another file.</source>
            <translation>{name} 與 Hub 的總和檢查碼相符，但不是完整的 GGUF 模型檔案，因此 Hearth 無法使用。請選擇另一個檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} uses GGUF version {v}, which this version of Hearth cannot read.</source>
            <translation>{name} 使用 GGUF 版本 {v}，此版本的 Hearth 無法讀取。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>{name} was damaged in transfer: its checksum does not match the one the Hugging Face Hub publishes. The damaged file was deleted; try again to download it anew.</source>
            <translation>{name} 在傳輸中損壞了：它的總和檢查碼與 Hugging Face Hub 公布的不一致。損壞的檔案已刪除；請重試以重新下載。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} was made for '{arch}' models, not for {model} ({model_arch}). Choose an adapter made for this model.</source>
            <translation>{name} 是為「{arch}」模型製作的，不適用於 {model}（{model_arch}）。請選擇為此模型製作的適配器。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} was made for a model of another size: its {tensor} is {got}, {model} has {want}. Choose an adapter made for this model.</source>
            <translation>{name} 是為另一種大小的模型製作的：它的 {tensor} 是 {got}，而 {model} 是 {want}。請選擇為此模型製作的適配器。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} would inflate to {big}, more than the {cap} allowed; it was not opened.</source>
            <translation>{name} 解壓縮後會達到 {big}，超過允許的 {cap}；沒有開啟它。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{name} would need about {full} of memory with the fast CPU copy of its experts, more than this computer has free, so it was loaded in low-memory mode (about {low}). Answers come a little slower.</source>
            <translation>如果建立專家的 CPU 快速副本，{name} 需要約 {full} 記憶體，超過了這台電腦的可用記憶體，因此它以低記憶體模式載入（約 {low}）。回答會稍慢一些。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: no page could be read; the PDF may be damaged.</source>
            <translation>{name}：沒有一頁能讀取；這個 PDF 可能已損壞。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: not a regular file, so it cannot be read as a document.</source>
            <translation>{name}：不是普通檔案，因此無法作為文件讀取。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: not enough memory to read this file.</source>
            <translation>{name}：記憶體不足，無法讀取此檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: the file could not be opened ({reason}).</source>
            <translation>{name}：無法開啟檔案（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: the file was not found; it may have been moved or deleted.</source>
            <translation>{name}：找不到檔案；它可能已被移動或刪除。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>{n} device(s)</source>
            <translation>{n} 個裝置</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{n} of {total} layers on the GPU</source>
            <translation>{n} / {total} 層在 GPU 上</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{path} is a folder, not a model file. Choose the .gguf file inside it.</source>
            <translation>{path} 是資料夾，不是模型檔案。請選擇其中的 .gguf 檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export (its data is nested too deeply).</source>
            <translation>{path} 不是 Hearth 匯出檔案（其資料巢狀過深）。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export ({reason}).</source>
            <translation>{path} 不是 Hearth 匯出檔案（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export.</source>
            <translation>{path} 不是 Hearth 匯出檔案。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>{repo} is a gated repository. Open huggingface.co/{repo} in a browser, accept its license, then add a Hugging Face access token in Settings and try again.</source>
            <translation>{repo} 是受限儲存庫。請在瀏覽器中開啟 huggingface.co/{repo}，接受它的許可協議，然後在設定中添加 Hugging Face 存取權杖並重試。</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} 不是數字</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} 不是整數</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value} is not between {low} and {high}</source>
            <translation>{value} 不在 {low} 到 {high} 之間</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value} is not between {low} and {high}{extra}</source>
            <translation>{value} 不在 {low} 到 {high} 之間{extra}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{verdict}: needs about {ram} of RAM</source>
            <translation>{verdict}：需要約 {ram} 記憶體</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>{what} was not found on the Hugging Face Hub. The file may have been renamed or removed; refresh the catalog.</source>
            <translation>在 Hugging Face Hub 上找不到 {what}。檔案可能已被重新命名或刪除；請重新整理模型目錄。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{where}: nested too deeply</source>
            <translation>{where}：巢狀過深</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{where}: text that is not valid Unicode (a lone surrogate)</source>
            <translation>{where}：文字不是有效的 Unicode（存在孤立的代理項）</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{why} The model runs on the CPU.</source>
            <translation>{why}模型在 CPU 上執行。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>“{url}” is not a server address. Enter one like http://192.168.1.20:8000/v1.</source>
            <translation>「{url}」不是伺服器位址。請輸入類似 http://192.168.1.20:8000/v1 的位址。</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../app/ui/language.py" />
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
    </context>
    <context>
        <name>markdown</name>
        <message>
            <location filename="../../app/ui/markdown.py" />
            <source>[image: {alt}]</source>
            <translation>[圖片：{alt}]</translation>
        </message>
        <message>
            <location filename="../../app/ui/markdown.py" />
            <source>[image]</source>
            <translation>[圖片]</translation>
        </message>
    </context>
    <context>
        <name>unlock</name>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Choose a passphrase</source>
            <translation>設定口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Enter the passphrase of Hearth's lock.</source>
            <translation>請輸入 Hearth 鎖定用的口令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Enter your passphrase</source>
            <translation>輸入你的口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Hearth cannot open your history</source>
            <translation>Hearth 無法開啟你的歷史記錄</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Hearth is locked</source>
            <translation>Hearth 已鎖定</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>That is not the lock's passphrase.</source>
            <translation>這不是鎖定用的口令。</translation>
        </message>
    </context>
</TS>
