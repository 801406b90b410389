<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AppLock</name>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Hearth (locked)</source>
            <translation>Hearth（已锁定）</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>That is not the lock's passphrase.</source>
            <translation>这不是锁定用的口令。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundDownloads</name>
        <message numerus="yes">
            <location filename="../../app/ui/download_status.py" />
            <source>Downloading %n model(s)</source>
            <translation>
                <numerusform>正在下载 %n 个模型</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>Downloading {name}</source>
            <translation>正在下载 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>checking</source>
            <translation>正在校验</translation>
        </message>
        <message>
            <location filename="../../app/ui/download_status.py" />
            <source>reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../app/ui/model_manager/banner.py" />
            <source>Close message</source>
            <translation>关闭消息</translation>
        </message>
    </context>
    <context>
        <name>CatalogRow</name>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> ({free} free now)</source>
            <translation>（当前可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> and {vram} of GPU memory</source>
            <translation>，另需 {vram} 显存</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>, {repack} of it a fast CPU copy of the experts</source>
            <translation>，其中 {repack} 是专家的 CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>1 file</source>
            <translation>1 个文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Checking this computer…</source>
            <translation>正在检查这台电脑…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Downloading {pct}%</source>
            <translation>正在下载 {pct}%</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Downloading…</source>
            <translation>正在下载…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Failed: see Downloads</source>
            <translation>失败：请查看“下载”</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>GPU layers: {n} of {total}</source>
            <translation>GPU 层数：{n} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Load in low-memory mode</source>
            <translation>以低内存模式加载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Load it without the fast CPU copy of the experts: much less memory, answers a little slower. Settings &gt; Model turns this on for every model.</source>
            <translation>加载时不创建专家的 CPU 快速副本：占用内存少得多，回答稍慢。在“设置 &gt; 模型”中可以为所有模型开启此项。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Needs about {ram} of RAM</source>
            <translation>需要约 {ram} 内存</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Not found on the Hub at the last refresh.</source>
            <translation>上次刷新时在 Hub 上找不到。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Runs on the CPU</source>
            <translation>在 CPU 上运行</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Verifying…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>about {size}</source>
            <translation>约 {size}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{n} parts</source>
            <translation>{n} 个分卷</translation>
        </message>
    </context>
    <context>
        <name>CatalogTab</name>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source> · gated: needs a token</source>
            <translation> · 受限：需要访问令牌</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>%n of the catalog's repositories could not be checked just now; the rest is up to date.</source>
            <translation>
                <numerusform>模型目录中有 %n 个仓库暂时无法检查；其余均已是最新。</numerusform>
            </translation>
        </message>
        <message>
            <source>117 billion parameters, 5.1 billion active per token. Every file is about 63–65 GB for the same reason: the experts stay MXFP4. It needs about 64 GB of memory, shared between RAM and GPU.</source>
            <translation type="vanished">1170 亿参数，每个 token 激活 51 亿。出于同样的原因，每个文件都约为 63–65 GB：专家层始终保持 MXFP4。它需要约 64 GB 内存，由内存和 GPU 共同承担。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>117 billion parameters, 5.1 billion active per token. Every file is about 63–65 GB for the same reason: the experts stay MXFP4. The memory each file needs is on its card: the file itself, the conversation memory and, on the CPU, a fast copy of the experts almost as large as the file (low-memory mode leaves it out, at some speed).</source>
            <translation>1170 亿参数，每个 token 激活 51 亿。出于同样的原因，每个文件都约为 63–65 GB：专家层始终保持 MXFP4。每个文件需要的内存写在它的卡片上：文件本身、对话记忆，以及在 CPU 上运行时一份几乎与文件一样大的专家快速副本（低内存模式会省去它，但速度会慢一些）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>21 billion parameters, 3.6 billion active per token. Every gpt-oss-20b file is 11.5–13.8 GB whatever its quantization, because the experts (most of the weights) stay in MXFP4 in all of them; the choice only changes the attention and embedding layers, so it changes quality a little and size hardly at all.</source>
            <translation>210 亿参数，每个 token 激活 36 亿。无论量化方式如何，每个 gpt-oss-20b 文件都在 11.5–13.8 GB 之间，因为专家层（绝大部分权重）在所有文件中都保持 MXFP4；量化选择只影响注意力层和嵌入层，所以对质量略有影响，对大小几乎没有影响。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Check the Hub for updates</source>
            <translation>在 Hub 上检查更新</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Context length for the memory estimate</source>
            <translation>用于估算内存的上下文长度</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Context length:</source>
            <translation>上下文长度：</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download a model that will not fit?</source>
            <translation>要下载一个放不下的模型吗？</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Download anyway</source>
            <translation>仍然下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Offline mode is on, so Hearth did not check the Hub for catalog updates.</source>
            <translation>离线模式已开启，Hearth 没有在 Hub 上检查模型目录的更新。</translation>
        </message>
        <message>
            <source>Some repositories could not be checked: {reasons}</source>
            <translation type="vanished">部分仓库无法检查：{reasons}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The Hub could not be checked just now: the catalog shows what Hearth knew before. Try again later.</source>
            <translation>暂时无法检查 Hub：模型目录显示的是 Hearth 之前已知的内容。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The catalog is empty. Import a GGUF file you already have.</source>
            <translation>模型目录为空。请导入你已有的 GGUF 文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The catalog is up to date with the Hub.</source>
            <translation>模型目录已与 Hub 同步。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>The safety filter's model: it classifies prompts and answers against a written policy. It is not a chat model.</source>
            <translation>安全过滤器使用的模型：按照书面策略对提问和回答进行分类。它不是聊天模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>Turn off offline mode to check the Hub.</source>
            <translation>关闭离线模式后才能检查 Hub。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{k}K tokens</source>
            <translation>{k}K token</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/catalog.py" />
            <source>{name} needs about {need} of memory here, even with the settings that save the most, and this computer has {have} free. It is {size} to download and will most likely not load. Download it anyway?</source>
            <translation>即使使用最省内存的设置，{name} 在这里也需要约 {need} 内存，而这台电脑只有 {have} 可用。它需要下载 {size}，而且很可能无法加载。仍然要下载吗？</translation>
        </message>
    </context>
    <context>
        <name>ChatActions</name>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>An answer is still being written in “{title}”. Wait for it to finish, or stop it, then send again: your message stays here.</source>
            <translation>“{title}”中仍在写一个回答。请等它写完或停止它，然后再发送：你的消息会保留在这里。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Load a model first: open a GGUF file or get one from the model manager.</source>
            <translation>请先加载模型：打开一个 GGUF 文件，或在模型管理器中获取一个。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>The answer in “{title}” is ready.</source>
            <translation>“{title}”中的回答已写好。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_actions.py" />
            <source>The model is still loading: send when it is ready (your message stays here).</source>
            <translation>模型仍在加载：准备好后再发送（你的消息会保留在这里）。</translation>
        </message>
    </context>
    <context>
        <name>ChatDelegate</name>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source> · cut short (it was going in circles)</source>
            <translation> · 已提前结束（思路在原地打转）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source> · cut short (thinking budget)</source>
            <translation> · 已提前结束（达到思考预算）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>(nothing came back)</source>
            <translation>（没有返回任何内容）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Checked by the safety rules only</source>
            <translation>只经过了安全规则检查</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Local safety filter</source>
            <translation>本地安全过滤器</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Local safety filter · {category}</source>
            <translation>本地安全过滤器 · {category}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Not in the model's usual format: shown as it came</source>
            <translation>不是模型通常的格式：按原样显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Raise the limit…</source>
            <translation>提高上限…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Shown as plain text</source>
            <translation>以纯文本显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>Sources ({n})</source>
            <translation>来源（{n}）</translation>
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
            <translation>重试</translation>
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
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{cached} of {prompt} prompt tokens cached</source>
            <translation>提示词中 {cached} / {prompt} 个 token 来自缓存</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{file}, line {line}</source>
            <translation>{file}，第 {line} 行</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{file}, page {page}</source>
            <translation>{file}，第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{n} read while you typed</source>
            <translation>其中 {n} 个在你输入时已读取</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{n} tokens</source>
            <translation>{n} 个 token</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{r} tok/s</source>
            <translation>{r} token/秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>{s} s to first token</source>
            <translation>首个 token 用时 {s} 秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_delegate.py" />
            <source>… {n} more lines</source>
            <translation>… 还有 {n} 行</translation>
        </message>
    </context>
    <context>
        <name>ChatModel</name>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Has thinking, hidden</source>
            <translation>有思考过程，已隐藏</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth is thinking…</source>
            <translation>Hearth 正在思考…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth is writing…</source>
            <translation>Hearth 正在写…</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Hearth: {text}</source>
            <translation>Hearth：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Stopped by the local safety filter</source>
            <translation>已被本地安全过滤器停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Thinking shown</source>
            <translation>思考过程已显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>Version {pos} of {total}</source>
            <translation>第 {pos} / {total} 个版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>You: {text}</source>
            <translation>你：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_model.py" />
            <source>{n} sources</source>
            <translation>{n} 个来源</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Everything stays on this computer.</source>
            <translation>一切都留在这台电脑上。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Show or hide the sidebar (Ctrl+B)</source>
            <translation>显示或隐藏侧边栏（Ctrl+B）</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>Toggle sidebar</source>
            <translation>显示/隐藏侧边栏</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_page.py" />
            <source>What's on your mind?</source>
            <translation>你在想什么？</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Copy message</source>
            <translation>复制消息(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Edit and resend</source>
            <translation>编辑并重新发送(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Next version ({pos}/{total})</source>
            <translation>下一个版本（{pos}/{total}）(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Previous version ({pos}/{total})</source>
            <translation>上一个版本（{pos}/{total}）(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>&amp;Regenerate</source>
            <translation>重新生成(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Change the longest answer in Settings</source>
            <translation>在设置中更改最长回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy code</source>
            <translation>复制代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy code block {n} ({language})</source>
            <translation>复制代码块 {n}（{language}）</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation type="vanished">复制消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Copy selection</source>
            <translation>复制所选内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Edit and resend</source>
            <translation>编辑并重新发送</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Follow the answer being written</source>
            <translation>跟随正在写的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Hide the &amp;sources</source>
            <translation>隐藏来源(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Hide the &amp;thinking</source>
            <translation>隐藏思考过程(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Jump to latest ↓</source>
            <translation>跳到最新 ↓</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Message actions</source>
            <translation>消息操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Messages, oldest first. Up and Down move between them; Enter or the Menu key lists what can be done with one.</source>
            <translation>消息，最早的在前。上下方向键在消息之间移动；Enter 或菜单键列出可对一条消息执行的操作。</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Next version</source>
            <translation>下一个版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Open the file at this place</source>
            <translation>在此位置打开文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Open {source}</source>
            <translation>打开 {source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Previous version</source>
            <translation>上一个版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide the reasoning</source>
            <translation>显示或隐藏推理过程</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide the sources of this answer</source>
            <translation>显示或隐藏这条回答的来源</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide what came back: {step}</source>
            <translation>显示或隐藏返回的内容：{step}</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show or hide what the tool gave back</source>
            <translation>显示或隐藏工具返回的内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show the &amp;sources</source>
            <translation>显示来源(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Show the &amp;thinking</source>
            <translation>显示思考过程(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>Write more of this answer</source>
            <translation>继续写这个回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>a tool</source>
            <translation>一个工具</translation>
        </message>
        <message>
            <location filename="../../app/ui/chat_view.py" />
            <source>code</source>
            <translation>代码</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Attach documents</source>
            <translation>附加文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Attach documents (or drop files on the window)</source>
            <translation>附加文档（或把文件拖到窗口上）</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Cancel editing</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Editing a message: sending starts a new branch</source>
            <translation>正在编辑消息：发送后会开始一个新分支</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Enter sends, Shift+Enter starts a new line, Up in an empty box edits your last message, Page Up scrolls the conversation.</source>
            <translation>Enter 发送，Shift+Enter 换行；在空的输入框中按上方向键可编辑你的上一条消息，Page Up 滚动对话。</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Enter to send · Shift+Enter for a new line</source>
            <translation>Enter 发送 · Shift+Enter 换行</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>How long the model thinks before it answers</source>
            <translation>模型回答前思考的时间长短</translation>
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
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Message Hearth…</source>
            <translation>给 Hearth 发消息…</translation>
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
            <translation>发送</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Send (Enter)</source>
            <translation>发送（Enter）</translation>
        </message>
        <message>
            <location filename="../../app/ui/composer.py" />
            <source>Shift+Enter: new line</source>
            <translation>Shift+Enter：换行</translation>
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
            <translation>对话已删除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/conversation_actions.py" />
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/conversation_actions.py" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Pinned</source>
            <translation>已置顶</translation>
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
正在写回答…</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>Attach documents</source>
            <translation>附加文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>Documents ({patterns});;All files (*)</source>
            <translation>文档 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>No application to open {name} is installed. Install a viewer for this kind of file, or open it yourself: {path}</source>
            <translation>没有安装能打开 {name} 的应用程序。请安装这类文件的查看器，或自行打开：{path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>{name} is no longer where it was: {path}</source>
            <translation>{name} 已不在原来的位置：{path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document_actions.py" />
            <source>{n} files could not be read; point at their chips to see why.</source>
            <translation>有 {n} 个文件无法读取；把鼠标指向它们的标签可查看原因。</translation>
        </message>
    </context>
    <context>
        <name>DocumentChip</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>1 page</source>
            <translation>1 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Could not be read</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Damaged or unreadable</source>
            <translation>已损坏或无法读取</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Dismiss {name}</source>
            <translation>关闭 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>No text layer (a scan?)</source>
            <translation>没有文字层（是扫描件吗？）</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Not a document</source>
            <translation>不是文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Not a text document</source>
            <translation>不是文本文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Password-protected</source>
            <translation>受密码保护</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Reading page {done} of {total}</source>
            <translation>正在读取第 {done} / {total} 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Refused: suspicious archive</source>
            <translation>已拒绝：可疑的压缩包</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Remove from this conversation</source>
            <translation>从此对话中移除</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Remove {name} from this conversation</source>
            <translation>从此对话中移除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Source code</source>
            <translation>源代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Too large</source>
            <translation>太大</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Too many pages</source>
            <translation>页数太多</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Waiting…</source>
            <translation>等待中…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Web page</source>
            <translation>网页</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>reStructuredText</source>
            <translation>reStructuredText</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>{n} pages</source>
            <translation>{n} 页</translation>
        </message>
    </context>
    <context>
        <name>DocumentShelf</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Attached documents</source>
            <translation>附加的文档</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Add a token…</source>
            <translation>添加访问令牌…</translation>
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
            <translation>正在下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Installed and verified</source>
            <translation>已安装并通过校验</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Preparing</source>
            <translation>准备中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Reconnecting</source>
            <translation>正在重新连接</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>The download failed.</source>
            <translation>下载失败。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Turn off offline mode</source>
            <translation>关闭离线模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Verifying checksum</source>
            <translation>正在核对校验和</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Waiting in queue</source>
            <translation>在队列中等待</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>asking the Hub for the file's size and checksum</source>
            <translation>正在向 Hub 查询文件的大小和校验和</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>checking the sha256 against the Hub's record</source>
            <translation>正在将 sha256 与 Hub 的记录进行核对</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>starts when the download before it ends</source>
            <translation>前一个下载结束后开始</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>what is downloaded is kept</source>
            <translation>已下载的部分会保留</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {total} is downloaded and kept: Retry continues from there.</source>
            <translation>已下载并保留 {done} / {total}：点击“重试”会从那里继续。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{repo} · part {part} of {parts}</source>
            <translation>{repo} · 第 {part} / {parts} 部分</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{size}, checksum verified</source>
            <translation>{size}，校验和已核对</translation>
        </message>
    </context>
    <context>
        <name>DownloadsTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>%n unfinished download(s) from last time are paused because offline mode is on.</source>
            <translation>
                <numerusform>上次有 %n 个未完成的下载，因离线模式开启而暂停。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancel and delete</source>
            <translation>取消并删除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Cancel the download?</source>
            <translation>要取消下载吗？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Continuing %n unfinished download(s) from where they stopped.</source>
            <translation>
                <numerusform>正在从中断处继续 %n 个未完成的下载。</numerusform>
            </translation>
        </message>
        <message>
            <source>Continuing {n} unfinished download(s) from where they stopped.</source>
            <translation type="vanished">正在从中断处继续 {n} 个未完成的下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Keep downloading</source>
            <translation>继续下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Keep it for later</source>
            <translation>留着以后用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>No downloads. Choose a model in the Catalog tab: it is checked against the Hub's checksum before Hearth uses it.</source>
            <translation>没有下载任务。在“模型目录”标签页中选择一个模型：Hearth 使用前会先用 Hub 上的校验和进行核对。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>Pause instead</source>
            <translation>改为暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>{done} of {name} is downloaded. Cancelling deletes it; paused, it can continue later from there.</source>
            <translation>{name} 已下载 {done}。取消会删除已下载的部分；暂停的话，以后可以从那里继续。</translation>
        </message>
        <message>
            <source>{n} unfinished download(s) from last time are paused because offline mode is on.</source>
            <translation type="vanished">上次有 {n} 个未完成的下载，因离线模式开启而暂停。</translation>
        </message>
    </context>
    <context>
        <name>DropOverlay</name>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>Drop files to attach them</source>
            <translation>松开鼠标即可附加文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents.py" />
            <source>PDF, Word, text, Markdown, HTML, CSV or code; folders too. They stay on this computer.</source>
            <translation>PDF、Word、文本、Markdown、HTML、CSV 或代码文件，也可以是文件夹。它们都留在这台电脑上。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>&lt;b&gt;Hearth cannot reach the internet&lt;/b&gt;, so it cannot download a model now. If you have a GGUF model file (from another computer or a USB stick), open it.</source>
            <translation>&lt;b&gt;Hearth 无法连接互联网&lt;/b&gt;，因此现在无法下载模型。如果你有 GGUF 模型文件（来自另一台电脑或 U 盘），请打开它。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>&lt;b&gt;Nothing you write leaves this computer.&lt;/b&gt; Your conversations, your documents and the answers stay here. The only time Hearth connects to the internet is to download the model you choose in the next step (about the size of a film).</source>
            <translation>&lt;b&gt;你写的任何内容都不会离开这台电脑。&lt;/b&gt;你的对话、文档和回答都留在这里。Hearth 唯一一次连接互联网，是为了下载你在下一步选择的模型（大小约为一部电影）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>A model for this computer</source>
            <translation>适合这台电脑的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Cancel download</source>
            <translation>取消下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking the connection to the Hugging Face Hub…</source>
            <translation>正在检查与 Hugging Face Hub 的连接…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Checking this computer…</source>
            <translation>正在检查这台电脑…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Could not check this computer: {reason}</source>
            <translation>无法检查这台电脑：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download ({size})</source>
            <translation>下载（{size}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Download progress</source>
            <translation>下载进度</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Downloading the model</source>
            <translation>正在下载模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Get started</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Getting started with Hearth</source>
            <translation>开始使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Hearth is reading the model into memory. The chat opens when it is ready.</source>
            <translation>Hearth 正在把模型读入内存。准备好后会打开聊天。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Hearth lets you chat with an AI model that runs on this computer.</source>
            <translation>Hearth 让你与在这台电脑上运行的 AI 模型聊天。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>No model in the catalog fits this computer</source>
            <translation>模型目录中没有适合这台电脑的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Offline mode is on, so Hearth does not connect to the internet. Open a GGUF file you already have, or turn off offline mode in Settings to download.</source>
            <translation>离线模式已开启，Hearth 不会连接互联网。请打开你已有的 GGUF 文件，或在设置中关闭离线模式后再下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Open a GGUF file…</source>
            <translation>打开 GGUF 文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Open a GGUF model</source>
            <translation>打开 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Ready to download from the Hugging Face Hub.</source>
            <translation>可以从 Hugging Face Hub 下载了。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Recommended: {family} ({quant})</source>
            <translation>推荐：{family}（{quant}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The download failed.</source>
            <translation>下载失败。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The download stopped</source>
            <translation>下载已停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>The model did not load</source>
            <translation>模型没有加载成功</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>This computer has {memory} of memory and {where}.</source>
            <translation>这台电脑有 {memory} 内存，{where}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>This takes a few minutes, most of it the download. You can skip it and open a model later from the menu.</source>
            <translation>这需要几分钟，大部分时间用于下载。你也可以跳过，以后再从菜单中打开模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>Welcome to Hearth</source>
            <translation>欢迎使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>You can close this window: the download goes on, and the model manager shows it.</source>
            <translation>你可以关闭这个窗口：下载会继续，模型管理器中可以看到进度。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>a {gpu} graphics card</source>
            <translation>配有 {gpu} 显卡</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>about {n} min left</source>
            <translation>约剩 {n} 分钟</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>gpt-oss needs about 16 GB of memory. If you have a GGUF model file, open it: Hearth tells you if it is too big.</source>
            <translation>gpt-oss 需要约 16 GB 内存。如果你有 GGUF 模型文件，请打开它：如果太大，Hearth 会告诉你。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>no graphics card Hearth can use, so the model runs on the processor</source>
            <translation>没有 Hearth 能使用的显卡，因此模型在处理器上运行</translation>
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
            <translation>从 Hugging Face Hub 下载 {family}（{quant}）到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/first_run.py" />
            <source>{note} A {size} download; it needs about {memory} of memory while it runs ({verdict}).</source>
            <translation>{note}需要下载 {size}；运行时需要约 {memory} 内存（{verdict}）。</translation>
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
                <numerusform>有 %n 个模型在新文件夹中已有同名文件，因此它们留在旧文件夹中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>%n unfinished download file(s) stay in the old folder: they are not moved and will not continue.</source>
            <translation>
                <numerusform>有 %n 个未完成的下载文件留在旧文件夹中：它们不会被移动，也不会继续下载。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Both folders are on the same disk, so this takes a moment.</source>
            <translation>两个文件夹在同一块磁盘上，只需片刻。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancel moving the models</source>
            <translation>取消移动模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Cancelling the move…</source>
            <translation>正在取消移动…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Change the models folder</source>
            <translation>更改模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Checking {folder}…</source>
            <translation>正在检查 {folder}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Choose another models folder</source>
            <translation>选择另一个模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Choose the models folder</source>
            <translation>选择模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Downloads and imported models are kept here. When you choose another folder, Hearth offers to move the models it manages there.</source>
            <translation>下载和导入的模型都存放在这里。选择另一个文件夹时，Hearth 会提出把它管理的模型移过去。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>From: {old}</source>
            <translation>从：{old}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth now uses {folder}.</source>
            <translation>Hearth 现在使用 {folder}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth now uses {folder}. The %n model(s) in {old} stay there and are no longer listed; choose that folder again, or import them, to use them.</source>
            <translation>
                <numerusform>Hearth 现在使用 {folder}。{old} 中的 %n 个模型仍留在原处，不再列出；如需使用，请重新选择那个文件夹或导入它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hearth now uses {folder}. The {n} model(s) in {old} stay there and are no longer listed; choose that folder again, or import them, to use them.</source>
            <translation type="vanished">Hearth 现在使用 {folder}。{old} 中的 {n} 个模型仍留在原处，不再列出；如需使用，请重新选择那个文件夹或导入它们。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Hearth uses {folder} now, but the setting could not be saved ({reason}): next time it starts with the old folder.</source>
            <translation>Hearth 现在使用 {folder}，但无法保存此设置（{reason}）：下次启动时仍会使用旧文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Leave them there</source>
            <translation>留在原处</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Models folder</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Models you leave in the old folder are no longer listed.</source>
            <translation>留在旧文件夹中的模型将不再列出。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Move %n model(s) ({size}) to the new folder?</source>
            <translation>
                <numerusform>要把 %n 个模型（{size}）移到新文件夹吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Move {n} model(s) ({size}) to the new folder?</source>
            <translation type="vanished">要把 {n} 个模型（{size}）移到新文件夹吗？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Moved %n model(s) ({size}) to {folder}.</source>
            <translation>
                <numerusform>已将 %n 个模型（{size}）移到 {folder}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Moved {n} model(s) ({size}) to {folder}.</source>
            <translation type="vanished">已将 {n} 个模型（{size}）移到 {folder}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Moving %n model(s) to {folder}…</source>
            <translation>
                <numerusform>正在把 %n 个模型移到 {folder}…</numerusform>
            </translation>
        </message>
        <message>
            <source>Moving {n} model(s) to {folder}…</source>
            <translation type="vanished">正在把 {n} 个模型移到 {folder}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>Stop moving the models; the ones copied so far are removed again</source>
            <translation>停止移动模型；已复制的部分会被删除</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The models folder was not changed. {reason}</source>
            <translation>模型文件夹没有更改。{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The move was cancelled. Your models are still in {folder}.</source>
            <translation>移动已取消。你的模型仍在 {folder} 中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The new folder is on another disk: each file is copied, and the original is deleted only once every copy is complete.</source>
            <translation>新文件夹在另一块磁盘上：会逐个复制文件，只有全部复制完成后才删除原文件。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>The old copies of %n file(s) could not be deleted from {old}; delete them yourself to free the space.</source>
            <translation>
                <numerusform>{old} 中 %n 个文件的旧副本无法删除；请自行删除以释放空间。</numerusform>
            </translation>
        </message>
        <message>
            <source>The old copies of {n} file(s) could not be deleted from {old}; delete them yourself to free the space.</source>
            <translation type="vanished">{old} 中 {n} 个文件的旧副本无法删除；请自行删除以释放空间。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>There is not enough free space there: moving needs {need} and {free} is free. You can still use the new folder and leave the models where they are.</source>
            <translation>那里的可用空间不足：移动需要 {need}，但只有 {free} 可用。你仍可以使用新文件夹，并把模型留在原处。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>To: {new}</source>
            <translation>到：{new}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/folder.py" />
            <source>{free} free on this disk</source>
            <translation>此磁盘可用 {free}</translation>
        </message>
        <message>
            <source>{n} model(s) already have a file of the same name in the new folder, so they stay in the old one.</source>
            <translation type="vanished">有 {n} 个模型在新文件夹中已有同名文件，因此它们留在旧文件夹中。</translation>
        </message>
        <message>
            <source>{n} unfinished download file(s) stay in the old folder: they are not moved and will not continue.</source>
            <translation type="vanished">有 {n} 个未完成的下载文件留在旧文件夹中：它们不会被移动，也不会继续下载。</translation>
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
            <translation>导出所有对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Export conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Import conversations</source>
            <translation>导入对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/history_actions.py" />
            <source>Imported {c} conversations and {m} messages.</source>
            <translation>已导入 {c} 个对话和 {m} 条消息。</translation>
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
            <translation>没有需要导入的新内容：所有内容都已存在。</translation>
        </message>
    </context>
    <context>
        <name>InstalledRow</name>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Downloaded from the Hub</source>
            <translation>从 Hub 下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Downloaded from the Hub, checksum verified</source>
            <translation>从 Hub 下载，校验和已核对</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Files in the Hugging Face cache belong to it; delete them with `hf cache delete`.</source>
            <translation>Hugging Face 缓存中的文件归它管理；请用 `hf cache delete` 删除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Found in the models folder</source>
            <translation>在模型文件夹中找到</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Imported from disk</source>
            <translation>从磁盘导入</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>In the Hugging Face cache</source>
            <translation>在 Hugging Face 缓存中</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Load in low-memory mode</source>
            <translation>以低内存模式加载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Load it without the fast CPU copy of the experts: much less memory, answers a little slower.</source>
            <translation>加载时不创建专家的 CPU 快速副本：占用内存少得多，回答稍慢。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Not gpt-oss</source>
            <translation>不是 gpt-oss</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Not usable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Ready</source>
            <translation>就绪</translation>
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
            <translation>{n} 个分卷</translation>
        </message>
    </context>
    <context>
        <name>InstalledTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>%n model(s) on this computer, {usable} ready to use.</source>
            <translation>
                <numerusform>这台电脑上有 %n 个模型，{usable} 个可以使用。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Checking and importing {name}…</source>
            <translation type="vanished">正在检查并导入 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Checking {name}…</source>
            <translation>正在检查 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Copy it</source>
            <translation>复制一份</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Copying {name}: {done} of {total}…</source>
            <translation>正在复制 {name}：{done} / {total}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete model</source>
            <translation>删除模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Delete {name} ({size})? The file is removed from this computer; you can download it again later.</source>
            <translation>要删除 {name}（{size}）吗？文件将从这台电脑上移除；以后可以重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Deleted {name}; {size} freed.</source>
            <translation>已删除 {name}；释放了 {size}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Hearth can use {name} where it is, taking no more disk space (moving or deleting the file later makes it unusable here), or copy it into its models folder ({size} more on that disk).</source>
            <translation>Hearth 可以在原位置使用 {name}，不再占用更多磁盘空间（以后移动或删除该文件会导致这里无法使用），也可以把它复制到模型文件夹中（那块磁盘上需要再占用 {size}）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import GGUF…</source>
            <translation>导入 GGUF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import a GGUF model</source>
            <translation>导入 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Import a model</source>
            <translation>导入模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Imported {name}: it is ready to use.</source>
            <translation>已导入 {name}：可以使用了。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>No models yet. Download one from the Catalog, or import a GGUF file.</source>
            <translation>还没有模型。从“模型目录”下载一个，或导入一个 GGUF 文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/installed.py" />
            <source>The file was not imported. {reason}</source>
            <translation>文件没有导入。{reason}</translation>
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
        <message>
            <source>{n} model(s) on this computer, {usable} ready to use.</source>
            <translation type="vanished">这台电脑上有 {n} 个模型，{usable} 个可以使用。</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Buffers and app</source>
            <translation>缓冲区和应用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Context (KV cache)</source>
            <translation>上下文（KV 缓存）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Fast CPU copy</source>
            <translation>CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>│ total memory   ┆ free now</source>
            <translation>│ 总内存   ┆ 当前可用</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Hearth is locked</source>
            <translation>Hearth 已锁定</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/app_lock.py" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Continuing {n} unfinished download(s) in the background.</source>
            <translation type="vanished">正在后台继续 {n} 个未完成的下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Hearth</source>
            <translation>Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Hearth closed unexpectedly while showing a message last time. That message is now shown as plain text.</source>
            <translation>上次 Hearth 在显示一条消息时意外关闭。这条消息现在以纯文本显示。</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Message Hearth…</source>
            <translation>给 Hearth 发消息…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Open a model to start chatting</source>
            <translation>打开一个模型即可开始聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Opened read-only: nothing can be sent or saved</source>
            <translation>以只读方式打开：无法发送或保存任何内容</translation>
        </message>
        <message>
            <source>Search</source>
            <translation type="vanished">搜索</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation type="vanished">设置…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Your conversations are open read-only: nothing new can be saved until Hearth can write its database again.</source>
            <translation>你的对话以只读方式打开：在 Hearth 能重新写入数据库之前，无法保存任何新内容。</translation>
        </message>
        <message>
            <source>{n} unfinished download(s) are paused because offline mode is on.</source>
            <translation type="vanished">有 {n} 个未完成的下载因离线模式开启而暂停。</translation>
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
            <translation>可用显存：{free}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>RAM</source>
            <translation>内存</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/widgets.py" />
            <source>RAM: {free} free of {total}</source>
            <translation>内存：可用 {free}，共 {total}</translation>
        </message>
    </context>
    <context>
        <name>ModelLoader</name>
        <message numerus="yes">
            <location filename="../../app/ui/model_loading.py" />
            <source>%n unfinished download(s) are paused because offline mode is on.</source>
            <translation>
                <numerusform>有 %n 个未完成的下载因离线模式开启而暂停。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_loading.py" />
            <source>Continuing %n unfinished download(s) in the background.</source>
            <translation>
                <numerusform>正在后台继续 %n 个未完成的下载。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>GGUF models (*.gguf);;All files (*)</source>
            <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Loading the model was cancelled.</source>
            <translation>已取消加载模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Open a GGUF model</source>
            <translation>打开 GGUF 模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>The download of {name} stopped: {reason}</source>
            <translation>{name} 的下载已停止：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>{name} is downloaded and verified.</source>
            <translation>{name} 已下载并通过校验。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_loading.py" />
            <source>{name} is still loaded.</source>
            <translation>{name} 仍处于加载状态。</translation>
        </message>
    </context>
    <context>
        <name>ModelManagerDialog</name>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source> (this build of Hearth cannot use it)</source>
            <translation>（此版本的 Hearth 无法使用它）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>A model is being imported into the current folder. Change the folder when that is done.</source>
            <translation>正在向当前文件夹导入模型。导入完成后再更改文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Catalog</source>
            <translation>模型目录</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Checking this computer…</source>
            <translation>正在检查这台电脑…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Could not check this computer: {reason}</source>
            <translation>无法检查这台电脑：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Downloads</source>
            <translation>下载</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Downloads ({n})</source>
            <translation>下载（{n}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode</source>
            <translation>离线模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode is on, so Hearth will not connect to the internet and did not download {name}. Turn off offline mode to download models.</source>
            <translation>离线模式已开启，Hearth 不会连接互联网，因此没有下载 {name}。关闭离线模式后才能下载模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Offline mode is on, so the download stays paused. Turn off offline mode to continue it.</source>
            <translation>离线模式已开启，下载保持暂停。关闭离线模式即可继续。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Remote server</source>
            <translation>远程服务器</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Retrying the download.</source>
            <translation>正在重试下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Show downloads</source>
            <translation>显示下载</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder cannot change while %n download(s) are running, paused or waiting to be retried: their partial files are in the current folder. Let them finish, or cancel them, then try again.</source>
            <translation>
                <numerusform>有 %n 个下载正在进行、已暂停或等待重试，此时无法更改模型文件夹：它们的部分文件在当前文件夹中。请等它们完成或取消它们，然后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>The models folder cannot change while {n} download(s) are running, paused or waiting to be retried: their partial files are in the current folder. Let them finish, or cancel them, then try again.</source>
            <translation type="vanished">有 {n} 个下载正在进行、已暂停或等待重试，此时无法更改模型文件夹：它们的部分文件在当前文件夹中。请等它们完成或取消它们，然后重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder is already being changed. Wait until that is done.</source>
            <translation>模型文件夹正在更改中。请等待完成。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>The models folder is being changed. Wait until that is done, then try again.</source>
            <translation>模型文件夹正在更改中。请等待完成后重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>This computer: </source>
            <translation>这台电脑：</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>This repository is gated. Accept its license on huggingface.co, paste an access token with read access below and press Save token: the download starts again.</source>
            <translation>这个仓库需要授权。请在 huggingface.co 上接受它的许可协议，在下方粘贴一个有读取权限的访问令牌，然后点击“保存令牌”：下载会重新开始。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Token saved in the system keyring.</source>
            <translation>令牌已保存在系统密钥环中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>Turn off offline mode</source>
            <translation>关闭离线模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>no GPU found: models run on the CPU</source>
            <translation>未找到 GPU：模型在 CPU 上运行</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{folder} is already the models folder.</source>
            <translation>{folder} 已经是模型文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{free} free disk</source>
            <translation>磁盘可用 {free}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{name} with {vram}</source>
            <translation>{name}，{vram}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{name}, unified memory</source>
            <translation>{name}，统一内存</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{n} CPU threads</source>
            <translation>{n} 个 CPU 线程</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/dialog.py" />
            <source>{total} RAM ({free} free)</source>
            <translation>内存 {total}（可用 {free}）</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Choose a model</source>
            <translation>选择模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Choose the model to chat with</source>
            <translation>选择用来聊天的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Get more models…</source>
            <translation>获取更多模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>No models on this computer yet</source>
            <translation>这台电脑上还没有模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>Open a GGUF file…</source>
            <translation>打开 GGUF 文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>not usable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_picker.py" />
            <source>tight</source>
            <translation>勉强放得下</translation>
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
            <translation>在这台电脑上与 OpenAI 的 gpt-oss 模型私密聊天。你写的任何内容都不会离开它。首先，获取一个模型，或打开你已有的 GGUF 文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Choose a model</source>
            <translation>选择模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Get a model</source>
            <translation>获取模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Load a model</source>
            <translation>加载模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Open a GGUF file…</source>
            <translation>打开 GGUF 文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Welcome to Hearth</source>
            <translation>欢迎使用 Hearth</translation>
        </message>
        <message>
            <location filename="../../app/ui/no_model_page.py" />
            <source>Your conversations are in the sidebar. Choose a model to continue them or to start a new one.</source>
            <translation>你的对话都在侧边栏中。选择一个模型即可继续对话或开始新的对话。</translation>
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
            <translation>再次输入相同的口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>The two passphrases are not the same.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>A passphrase opens your history when the system keyring is locked or missing.</source>
            <translation>当系统密钥环被锁定或不存在时，可以用口令打开你的历史记录。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Also lock after idle time</source>
            <translation>空闲一段时间后也锁定</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>App lock</source>
            <translation>应用锁</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Ask for a passphrase when Hearth starts</source>
            <translation>Hearth 启动时要求输入口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Change the passphrase…</source>
            <translation>更改口令…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Encryption key</source>
            <translation>加密密钥</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Everything Hearth keeps stays on this computer. Your conversations, their search index and the text of attached documents are encrypted; the key is never written to disk in plain form.</source>
            <translation>Hearth 保存的一切都留在这台电脑上。你的对话、对话的搜索索引以及附加文档的文本都经过加密；密钥绝不会以明文形式写入磁盘。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Export everything…</source>
            <translation>导出全部…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Hearth connects only when you download a model or refresh the catalog, or to a server you set up. No telemetry. Logs never contain your messages, documents or keys.</source>
            <translation>Hearth 只在你下载模型、刷新模型目录或连接你设置的服务器时联网。没有遥测。日志中绝不包含你的消息、文档或密钥。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Hearth will ask for this passphrase when it starts and after the idle time you choose.</source>
            <translation>Hearth 会在启动时以及空闲达到你设定的时间后要求输入此口令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Keep downloaded models</source>
            <translation>保留已下载的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Kept in</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Offline: never connect, not even for downloads</source>
            <translation>离线：从不联网，下载也不例外</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Passphrase for the app lock</source>
            <translation>应用锁口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Passphrase for your history</source>
            <translation>历史记录口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Privacy settings</source>
            <translation>隐私设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Protection</source>
            <translation>保护</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Remove the passphrase</source>
            <translation>移除口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Saves all conversations to a JSON file you choose. The export is not encrypted.</source>
            <translation>把所有对话保存到你选择的 JSON 文件中。导出的文件不加密。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Set a passphrase…</source>
            <translation>设置口令…</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>This passphrase also opens your history, for example when the system keyring is locked. Hearth cannot recover it if you forget it.</source>
            <translation>此口令也能打开你的历史记录，例如在系统密钥环被锁定时。如果忘记了，Hearth 无法找回。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>This removes every conversation, attached document's text, saved state, log, setting and Hearth's keys from this computer. It cannot be undone. Hearth closes afterwards.</source>
            <translation>这会从这台电脑上删除所有对话、附加文档的文本、保存的状态、日志、设置以及 Hearth 的密钥。此操作无法撤销。完成后 Hearth 会关闭。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>What Hearth keeps on this computer</source>
            <translation>Hearth 在这台电脑上保存的内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>What and where</source>
            <translation>内容与位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>While locked the window shows nothing of your conversations. The lock hides Hearth from someone at this computer; the encryption protects the files.</source>
            <translation>锁定期间，窗口中不显示任何对话内容。锁定是为了不让使用这台电脑的其他人看到 Hearth；文件则由加密保护。</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Wipe everything</source>
            <translation>全部清除</translation>
        </message>
        <message>
            <location filename="../../app/ui/privacy_page.py" />
            <source>Wipe everything?</source>
            <translation>要全部清除吗？</translation>
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
            <translation>服务器上的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connected, but the server serves no model.</source>
            <translation>已连接，但服务器没有提供任何模型。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connected: {n} model(s): {names}</source>
            <translation>已连接：{n} 个模型：{names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Connecting to {host}…</source>
            <translation>正在连接 {host}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Enter the server's address first.</source>
            <translation>请先输入服务器地址。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Offline mode is on, so Hearth will not connect to {host}. Turn off offline mode to use a server on another machine.</source>
            <translation>离线模式已开启，Hearth 不会连接 {host}。关闭离线模式后才能使用另一台机器上的服务器。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>The first one the server lists</source>
            <translation>服务器列出的第一个</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>The setting could not be saved: {reason}</source>
            <translation>无法保存设置：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Use a gpt-oss model that runs on another machine (or another program here) behind an OpenAI-compatible API: vLLM, llama.cpp's llama-server, Ollama or another Hearth. History, documents and the safety filter stay on this computer; your messages go to that server and nowhere else.</source>
            <translation>使用在另一台机器（或本机另一个程序）上运行、通过 OpenAI 兼容 API 提供的 gpt-oss 模型：vLLM、llama.cpp 的 llama-server、Ollama 或另一个 Hearth。历史记录、文档和安全过滤器都留在这台电脑上；你的消息只发送到那台服务器，不会去别处。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/remote.py" />
            <source>Use this server</source>
            <translation>使用此服务器</translation>
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
            <translation>已拦截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Layer</source>
            <translation>检查层</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Model check</source>
            <translation>模型检查</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Verdict</source>
            <translation>结论</translation>
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
            <translation>你的消息</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/safety_page.py" />
            <source>%n decision(s), kept only on this computer.</source>
            <translation>
                <numerusform>%n 条判定，只保存在这台电脑上。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>A small model that reads every message, and each answer as it is written, next to the rules. It runs on this computer; download it in the model manager.</source>
            <translation>一个小模型，与规则一起阅读每条消息，并在回答写出时逐句检查。它在这台电脑上运行；请在模型管理器中下载。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Allow</source>
            <translation>允许</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Also check answers and reasoning as they are written</source>
            <translation>在回答和推理写出时也进行检查</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Always blocked</source>
            <translation>始终拦截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Ask the loaded model about borderline cases when no safety model is installed</source>
            <translation>未安装安全模型时，就边界情况询问已加载的模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Automatic: the first one installed</source>
            <translation>自动：使用第一个已安装的</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Block</source>
            <translation>拦截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Borderline messages are put to the loaded model.</source>
            <translation>边界消息会交给已加载的模型判断。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Categories</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Clear the filter log?</source>
            <translation>要清除过滤日志吗？</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Clear the log…</source>
            <translation>清除日志…</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Each sentence is checked on a separate thread while the answer streams; the text shown trails the answer by at most one sentence.</source>
            <translation>回答流式输出时，每个句子都在单独的线程上检查；显示的文本最多比回答慢一句。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Every logged decision is deleted from this computer. This cannot be undone.</source>
            <translation>所有已记录的判定都会从这台电脑上删除。此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Filter log</source>
            <translation>过滤日志</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF 模型 (*.gguf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Hearth checks your messages and its answers with a filter that runs entirely on this computer. Nothing is sent anywhere: not your messages, not the filter's decisions.</source>
            <translation>Hearth 使用一个完全在这台电脑上运行的过滤器检查你的消息和它的回答。不会向任何地方发送任何内容：既不发送你的消息，也不发送过滤器的判定。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Keep message text in the filter log</source>
            <translation>在过滤日志中保留消息文本</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Keep what was checked before it, then say why it stopped</source>
            <translation>保留停止前已检查的内容，然后说明停止原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Llama Guard 3 1B</source>
            <translation>Llama Guard 3 1B</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>None: the rules only</source>
            <translation>无：仅使用规则</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Off: no filtering</source>
            <translation>关闭：不过滤</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Off: the log keeps only when, where, the category and the verdict.</source>
            <translation>关闭：日志只记录时间、位置、类别和结论。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Only the rules check messages and answers.</source>
            <translation>只由规则检查消息和回答。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Qwen3Guard-Gen 0.6B (recommended, 119 languages)</source>
            <translation>Qwen3Guard-Gen 0.6B（推荐，支持 119 种语言）</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Reading the log…</source>
            <translation>正在读取日志…</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Refresh</source>
            <translation>刷新</translation>
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
            <translation>安全模型文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Safety settings</source>
            <translation>安全设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Show only why it stopped</source>
            <translation>只说明停止原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Slower: the model reads the borderline message with a written policy before it is answered. It runs here, on the loaded model.</source>
            <translation>较慢：在回答之前，模型会根据一份书面策略阅读这条边界消息。它在本机的已加载模型上运行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Standard: block clear harm, warn on borderline</source>
            <translation>标准：拦截明显有害的内容，对边界情况发出警告</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Strict: block borderline cases too</source>
            <translation>严格：边界情况也拦截</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Strictness</source>
            <translation>严格程度</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The filter has not acted on anything yet.</source>
            <translation>过滤器还没有处理过任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The loaded gpt-oss, for borderline cases only</source>
            <translation>已加载的 gpt-oss，仅用于边界情况</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>The log could not be cleared: {reason}</source>
            <translation>无法清除日志：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>This category is always blocked while the filter is on; it cannot be lowered.</source>
            <translation>过滤器开启时，这个类别始终被拦截，无法调低。</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>Use a file…</source>
            <translation>使用文件…</translation>
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
            <translation>回答被停止时</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>gpt-oss-safeguard 20b (needs about 16 GB)</source>
            <translation>gpt-oss-safeguard 20b（需要约 16 GB）</translation>
        </message>
        <message>
            <location filename="../../app/ui/safety_page.py" />
            <source>{name} (locked)</source>
            <translation>{name}（已锁定）</translation>
        </message>
        <message>
            <source>{n} decision(s), kept only on this computer.</source>
            <translation type="vanished">{n} 条判定，只保存在这台电脑上。</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Hearth removed {files} files and its keys.</source>
            <translation>Hearth 已删除 {files} 个文件及其密钥。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Reload the model to use the new engine settings.</source>
            <translation>重新加载模型以使用新的引擎设置。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_actions.py" />
            <source>Some things could not be removed:</source>
            <translation>有些内容无法删除：</translation>
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
            <translation>0 表示关闭适配器，1 表示按训练时的强度应用。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>A LoRA GGUF made for this gpt-oss model</source>
            <translation>为此 gpt-oss 模型制作的 LoRA GGUF</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter</source>
            <translation>适配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter file</source>
            <translation>适配器文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Adapter strength</source>
            <translation>适配器强度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>All that fit</source>
            <translation>能放下的全部</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Allow other computers on the network (needs an API key)</source>
            <translation>允许网络上的其他电脑访问（需要 API 密钥）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Apply a LoRA adapter</source>
            <translation>应用 LoRA 适配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Attached documents</source>
            <translation>附加的文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Automatic: short documents go into the prompt whole; longer ones the model searches, opens and cites itself, with its browser tool, on this computer.</source>
            <translation>自动：短文档整篇放进提示词；较长的文档由模型用它的浏览器工具在这台电脑上自行搜索、打开并引用。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>By reasoning effort</source>
            <translation>按推理强度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>CPU threads</source>
            <translation>CPU 线程数</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clear saved conversation memory</source>
            <translation>清除已保存的对话记忆</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Clients send it as 'Authorization: Bearer KEY'. Kept in the system keyring.</source>
            <translation>客户端以 'Authorization: Bearer KEY' 的形式发送它。保存在系统密钥环中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Context length (tokens)</source>
            <translation>上下文长度（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Delete every saved conversation memory now</source>
            <translation>立即删除所有已保存的对话记忆</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Developer instructions</source>
            <translation>开发者指令</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Developer instructions
(every conversation)</source>
            <translation>开发者指令
（所有对话）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Empty: the instructions for every conversation apply.</source>
            <translation>留空：使用所有对话通用的指令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Engine changes apply the next time a model is loaded. A new models folder applies at once: Hearth offers to move your models there.</source>
            <translation>引擎设置在下次加载模型时生效。新的模型文件夹立即生效：Hearth 会提出把你的模型移过去。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>For example: answer briefly, in British English.</source>
            <translation>例如：回答要简短，使用英式英语。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>GGUF files (*.gguf);;All files (*)</source>
            <translation>GGUF 文件 (*.gguf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>GPU layers</source>
            <translation>GPU 层数</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>How many tokens the model may think before it is asked for its answer. By effort: about 1,000 at Low, 4,000 at Medium, 16,000 at High, always leaving a quarter of the longest answer for the answer itself. 0: no limit.</source>
            <translation>模型在被要求给出回答之前最多可以思考多少个 token。按推理强度：低约 1,000，中约 4,000，高约 16,000，并始终为回答本身留出最长回答的四分之一。0：不限制。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Large</source>
            <translation>大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Larger</source>
            <translation>较大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Largest</source>
            <translation>最大</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Layers with experts in RAM</source>
            <translation>专家放在内存中的层数</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Let the model search my documents itself</source>
            <translation>让模型自己搜索我的文档</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>LoRA adapter</source>
            <translation>LoRA 适配器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Local server</source>
            <translation>本地服务器</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Longest answer (tokens)</source>
            <translation>最长回答（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Low-memory mode</source>
            <translation>低内存模式</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Memory</source>
            <translation>内存</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Models folder</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>None: any program on this computer may ask</source>
            <translation>无：这台电脑上的任何程序都可以请求</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>On a GPU too small for the whole model, keep the experts of this many layers in RAM and everything else on the GPU. Faster than putting fewer layers on the GPU. 0: all experts on the GPU.</source>
            <translation>GPU 显存放不下整个模型时，把这么多层的专家放在内存中，其余都放在 GPU 上。比减少放在 GPU 上的层数更快。0：所有专家都在 GPU 上。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Other programs on this computer (editors, scripts, agents) can use the loaded model through the OpenAI API at http://127.0.0.1:PORT/v1. Their requests pass the safety filter and take turns with your own answers.</source>
            <translation>这台电脑上的其他程序（编辑器、脚本、智能体）可以通过 http://127.0.0.1:PORT/v1 上的 OpenAI API 使用已加载的模型。它们的请求同样经过安全过滤器，并与你自己的回答轮流进行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Put the best passages in the prompt</source>
            <translation>把最相关的段落放进提示词</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Read my message while I type</source>
            <translation>在我输入时就读取消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Reasoning effort</source>
            <translation>推理强度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Reasoning effort for new chats</source>
            <translation>新聊天的推理强度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Saved conversation memory</source>
            <translation>已保存的对话记忆</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Saved conversation memory limit</source>
            <translation>已保存对话记忆的上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Serve the loaded model to other programs</source>
            <translation>把已加载的模型提供给其他程序使用</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Skip the fast CPU copy of the experts that llama.cpp makes: a gpt-oss-20b then needs about 12 GB instead of 21 GB, and answers come about a quarter slower.</source>
            <translation>跳过 llama.cpp 为专家创建的 CPU 快速副本：这样 gpt-oss-20b 只需约 12 GB 而不是 21 GB，回答速度大约慢四分之一。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Small</source>
            <translation>小</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Stop thinking that goes in circles</source>
            <translation>停止原地打转的思考</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>The model's memory of each conversation is kept on disk, so reopening a long conversation does not read it again. The least recently used go first.</source>
            <translation>模型对每个对话的记忆保存在磁盘上，因此重新打开一个长对话时无需再次读取。最久未使用的会最先被清理。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Thinking budget (tokens)</source>
            <translation>思考预算（token）</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>This conversation</source>
            <translation>此对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Typing</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>Uses much less memory, a little slower. Hearth turns it on by itself for a model that would not fit otherwise.</source>
            <translation>占用内存少得多，速度稍慢。对于否则放不下的模型，Hearth 会自动开启此项。</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" />
            <source>When you pause while typing, the model reads what you wrote so far, so the answer starts as soon as you send. Nothing is sent or saved before you press Send; turn this off to keep the processor idle while you type.</source>
            <translation>你在输入中停顿时，模型会先读取已写下的内容，这样一发送就能开始回答。按下发送之前，什么都不会被发送或保存；关闭此项可在输入时让处理器保持空闲。</translation>
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
            <translation>系统密钥环中已保存一个令牌。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Downloads are paused.</source>
            <translation>下载已暂停。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Hugging Face access token</source>
            <translation>Hugging Face 访问令牌</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>No token saved.</source>
            <translation>尚未保存令牌。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Offline mode is on: Hearth will not connect to the internet.</source>
            <translation>离线模式已开启：Hearth 不会连接互联网。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Offline mode: never connect to the internet</source>
            <translation>离线模式：从不连接互联网</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Only needed for gated or private repositories. The token is kept in your system's keyring, never in a settings file or a log.</source>
            <translation>只有受限或私有仓库才需要。令牌保存在系统的密钥环中，绝不会写入设置文件或日志。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Paste a token first.</source>
            <translation>请先粘贴令牌。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Remove token</source>
            <translation>移除令牌</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Save token</source>
            <translation>保存令牌</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>The setting could not be saved: {reason}</source>
            <translation>无法保存设置：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>Token removed from the system keyring.</source>
            <translation>令牌已从系统密钥环中移除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>While it is on, Hearth opens no network connection at all: downloads pause and the catalog uses the copy on this computer. Chat and documents work as usual.</source>
            <translation>开启后，Hearth 不会建立任何网络连接：下载暂停，模型目录使用这台电脑上的副本。聊天和文档照常工作。</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>hf_…</source>
            <translation>hf_…</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/settings_tab.py" />
            <source>•••••••• saved (type a new one to replace it)</source>
            <translation>•••••••• 已保存（输入新的令牌即可替换）</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>A message (in the conversation)</source>
            <translation>一条消息（在对话中）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Back to the message box</source>
            <translation>回到输入框</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Conversation list</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Copy the last answer</source>
            <translation>复制最后一个回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Copy the message (or the selected text)</source>
            <translation>复制消息（或所选文本）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Delete the conversation</source>
            <translation>删除对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Edit your last message (in an empty message box)</source>
            <translation>编辑你的上一条消息（在空的输入框中）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the first message</source>
            <translation>转到第一条消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the last message</source>
            <translation>转到最后一条消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the message box</source>
            <translation>转到输入框</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the next message</source>
            <translation>转到下一条消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Go to the previous message</source>
            <translation>转到上一条消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>New line in the message</source>
            <translation>在消息中换行</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Next version of the message</source>
            <translation>消息的下一个版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Open a GGUF file</source>
            <translation>打开 GGUF 文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Previous version of the message</source>
            <translation>消息的上一个版本</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Rename the conversation</source>
            <translation>重命名对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Rename, pin, export or delete the conversation</source>
            <translation>重命名、置顶、导出或删除对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Scroll the conversation (from the message box too)</source>
            <translation>滚动对话（在输入框中也可以）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Send the message</source>
            <translation>发送消息</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show or hide the sidebar</source>
            <translation>显示或隐藏侧边栏</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show or hide the thinking</source>
            <translation>显示或隐藏思考过程</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Show this list of shortcuts</source>
            <translation>显示此快捷键列表</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Stop the answer being written</source>
            <translation>停止正在写的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>The message's menu: all it can do</source>
            <translation>消息的菜单：所有可用操作</translation>
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
            <translation>Hearth 的所有功能都可以用键盘操作。Tab 键在侧边栏、对话和输入框之间移动。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Conversation actions</source>
            <translation>对话操作</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Export as JSON…</source>
            <translation>导出为 JSON…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Export as Markdown…</source>
            <translation>导出为 Markdown…</translation>
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
            <translation>没有匹配项</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Pin</source>
            <translation>置顶</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Unpin</source>
            <translation>取消置顶</translation>
        </message>
        <message>
            <location filename="../../app/ui/sidebar.py" />
            <source>Up and Down open a conversation; the Menu key or Shift+F10 lists what can be done with it; F2 renames it.</source>
            <translation>上下方向键打开对话；菜单键或 Shift+F10 列出可执行的操作；F2 重命名。</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Answering a request from another program ({client})…</source>
            <translation>正在回答另一个程序的请求（{client}）…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Cached {cached} / {prompt}</source>
            <translation>缓存 {cached} / {prompt}</translation>
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
            <translation>下载进度</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Model loading progress</source>
            <translation>模型加载进度</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>No model loaded</source>
            <translation>未加载模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Open the conversation the answer is written in</source>
            <translation>打开正在写回答的对话</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Open the model manager's downloads</source>
            <translation>打开模型管理器的下载页</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Prompt tokens of the last answer the model did not have to read again: kept in memory or restored from this conversation's saved state</source>
            <translation>上一个回答中模型无需重新读取的提示词 token：保留在内存中，或从此对话保存的状态中恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Serving at {url}</source>
            <translation>服务地址：{url}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Stop the answer Hearth is writing for another program</source>
            <translation>停止 Hearth 正在为另一个程序写的回答</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>Writing an answer in “{title}”…</source>
            <translation>正在“{title}”中写回答…</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>{name}  ·  {backend}</source>
            <translation>{name}  ·  {backend}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status_bar.py" />
            <source>{n} more waiting.</source>
            <translation>还有 {n} 个在等待。</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../app/ui/widgets.py" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>TurnController</name>
        <message>
            <location filename="../../app/ui/turns.py" />
            <source>Waiting for the first token…</source>
            <translation>正在等待第一个 token…</translation>
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
            <translation>导出所有对话…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Export this conversation as JSON…</source>
            <translation>将此对话导出为 JSON…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Export this conversation as Markdown…</source>
            <translation>将此对话导出为 Markdown…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Getting started…</source>
            <translation>开始使用…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Import conversations…</source>
            <translation>导入对话…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Lock Hearth</source>
            <translation>锁定 Hearth</translation>
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
            <translation>打开 GGUF 文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_commands.py" />
            <source>The last answer was copied.</source>
            <translation>已复制最后一个回答。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Hearth hit an unexpected error. Your conversations are saved. The details were written to the log.</source>
            <translation>Hearth 遇到了意外错误。你的对话已保存。详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Hearth is already open with this data folder ({folder}); its window was brought forward.</source>
            <translation>Hearth 已经在使用这个数据文件夹（{folder}）运行；已将它的窗口切换到前台。</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; Unsloth's dynamic 4-bit for attention, keeping sensitive layers higher. About the size of MXFP4.</source>
            <translation>专家层保持 MXFP4；注意力层使用 Unsloth 的动态 4 位量化，敏感层保留更高精度。大小与 MXFP4 相当。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file.</source>
            <translation>专家层保持 MXFP4；注意力层和嵌入层为 8 位：与原始 MXFP4 文件几乎相同。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file. All 2 parts download together.</source>
            <translation>专家层保持 MXFP4；注意力层和嵌入层为 8 位：与原始 MXFP4 文件几乎相同。2 个分卷会一起下载。</translation>
        </message>
        <message>
            <source>Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file. The 120b model needs about 64 GB of memory (RAM plus GPU); all 2 parts download together.</source>
            <translation type="vanished">专家层保持 MXFP4；注意力层和嵌入层为 8 位：与原始 MXFP4 文件几乎相同。120b 模型需要约 64 GB 内存（内存加 GPU）；2 个分卷会一起下载。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4.</source>
            <translation>专家层保持 MXFP4；注意力层和嵌入层保留 16 位。文件最大，稍慢，质量相比 MXFP4 没有明显提升。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4. All 2 parts download together.</source>
            <translation>专家层保持 MXFP4；注意力层和嵌入层保留 16 位。文件最大，稍慢，质量相比 MXFP4 没有明显提升。2 个分卷会一起下载。</translation>
        </message>
        <message>
            <source>Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4. The 120b model needs about 64 GB of memory (RAM plus GPU); all 2 parts download together.</source>
            <translation type="vanished">专家层保持 MXFP4；注意力层和嵌入层保留 16 位。文件最大，稍慢，质量相比 MXFP4 没有明显提升。120b 模型需要约 64 GB 内存（内存加 GPU）；2 个分卷会一起下载。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>专家层保持 MXFP4；注意力层为 4 位。比 MXFP4 小约 0.5 GB，准确度略有损失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy. All 2 parts download together.</source>
            <translation>专家层保持 MXFP4；注意力层为 4 位。比 MXFP4 小约 0.5 GB，准确度略有损失。2 个分卷会一起下载。</translation>
        </message>
        <message>
            <source>Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy. The 120b model needs about 64 GB of memory (RAM plus GPU); all 2 parts download together.</source>
            <translation type="vanished">专家层保持 MXFP4；注意力层为 4 位。比 MXFP4 小约 0.5 GB，准确度略有损失。120b 模型需要约 64 GB 内存（内存加 GPU）；2 个分卷会一起下载。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 5-bit. Saves about 0.4 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>专家层保持 MXFP4；注意力层为 5 位。比 MXFP4 小约 0.4 GB，准确度略有损失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention in 6-bit. Saves only about 0.1 GB over MXFP4 and may lose a little accuracy.</source>
            <translation>专家层保持 MXFP4；注意力层为 6 位。只比 MXFP4 小约 0.1 GB，可能会损失一点准确度。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention squeezed to 2-bit. Barely smaller (about 0.6 GB saved), clearly less accurate. Not recommended.</source>
            <translation>专家层保持 MXFP4；注意力层压缩到 2 位。几乎没有变小（约节省 0.6 GB），准确度明显下降。不推荐。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Experts stay MXFP4; attention squeezed to 3-bit. Barely smaller (about 0.6 GB saved), noticeably less accurate.</source>
            <translation>专家层保持 MXFP4；注意力层压缩到 3 位。几乎没有变小（约节省 0.6 GB），准确度有所下降。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Llama Guard 3 1B (QuantFactory)</source>
            <translation>Llama Guard 3 1B（QuantFactory）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>OpenAI's policy-following safety classifier in its original MXFP4 weights, the same size and shape as gpt-oss-20b. Used by the safety filter, not for chat.</source>
            <translation>OpenAI 遵循策略的安全分类器，使用原始 MXFP4 权重，大小和结构与 gpt-oss-20b 相同。供安全过滤器使用，不用于聊天。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Qwen3Guard-Gen 0.6B (QuantFactory)</source>
            <translation>Qwen3Guard-Gen 0.6B（QuantFactory）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention and embeddings in 8-bit: practically the same as the original MXFP4 file.</source>
            <translation>供过滤器使用的安全分类器，不用于聊天。专家层保持 MXFP4；注意力层和嵌入层为 8 位：与原始 MXFP4 文件几乎相同。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention and embeddings kept at 16-bit. Largest file, a little slower, no noticeable quality gain over MXFP4.</source>
            <translation>供过滤器使用的安全分类器，不用于聊天。专家层保持 MXFP4；注意力层和嵌入层保留 16 位。文件最大，稍慢，质量相比 MXFP4 没有明显提升。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Safety classifier for the filter, not for chat. Experts stay MXFP4; attention in 4-bit. Saves about 0.5 GB over MXFP4 at a small cost in accuracy.</source>
            <translation>供过滤器使用的安全分类器，不用于聊天。专家层保持 MXFP4；注意力层为 4 位。比 MXFP4 小约 0.5 GB，准确度略有损失。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>Smaller and a little faster on the CPU; a small classifier loses more to 4-bit quantization than a chat model does.</source>
            <translation>更小，在 CPU 上稍快；小型分类器受 4 位量化的影响比聊天模型更大。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The alternative safety filter model (Llama 3.2 Community License): safe or unsafe with MLCommons hazard categories S1-S13, trained mostly on English.</source>
            <translation>备选的安全过滤模型（Llama 3.2 社区许可证）：按 MLCommons 危害类别 S1-S13 判定安全或不安全，主要用英语训练。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The safety filter's model (Apache-2.0, 119 languages): reads every message and each answer as it is written; safe, controversial or unsafe, with categories. 8-bit keeps a small classifier closest to the original.</source>
            <translation>安全过滤器的模型（Apache-2.0，支持 119 种语言）：阅读每条消息，并在回答写出时逐句检查；判定为安全、有争议或不安全，并给出类别。8 位量化能让小型分类器最接近原版。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice.</source>
            <translation>OpenAI 发布时的原始权重：专家层为 MXFP4，注意力层和嵌入层为 8 位。推荐选择。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. All 2 parts download together.</source>
            <translation>OpenAI 发布时的原始权重：专家层为 MXFP4，注意力层和嵌入层为 8 位。推荐选择。2 个分卷会一起下载。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. All 3 parts download together.</source>
            <translation>OpenAI 发布时的原始权重：专家层为 MXFP4，注意力层和嵌入层为 8 位。推荐选择。3 个分卷会一起下载。</translation>
        </message>
        <message>
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. The 120b model needs about 64 GB of memory (RAM plus GPU); all 2 parts download together.</source>
            <translation type="vanished">OpenAI 发布时的原始权重：专家层为 MXFP4，注意力层和嵌入层为 8 位。推荐选择。120b 模型需要约 64 GB 内存（内存加 GPU）；2 个分卷会一起下载。</translation>
        </message>
        <message>
            <source>The weights as OpenAI released them: experts in MXFP4, attention and embeddings in 8-bit. The recommended choice. The 120b model needs about 64 GB of memory (RAM plus GPU); all 3 parts download together.</source>
            <translation type="vanished">OpenAI 发布时的原始权重：专家层为 MXFP4，注意力层和嵌入层为 8 位。推荐选择。120b 模型需要约 64 GB 内存（内存加 GPU）；3 个分卷会一起下载。</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (LM Studio community)</source>
            <translation>gpt-oss-120b（LM Studio 社区）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-120b (Unsloth, one folder per quantization)</source>
            <translation>gpt-oss-120b（Unsloth，每种量化一个文件夹）</translation>
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
            <translation>gpt-oss-20b（LM Studio 社区）</translation>
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
            <translation>gpt-oss-20b（ggml-org，llama.cpp 官方转换）</translation>
        </message>
        <message>
            <location filename="../../resources/catalog.json" />
            <source>gpt-oss-safeguard-20b (LM Studio community): the safety filter's model</source>
            <translation>gpt-oss-safeguard-20b（LM Studio 社区）：安全过滤器的模型</translation>
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
已暂停。再次运行同一命令即可从 {done} 处继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source> ({free} free)</source>
            <translation>（可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> The server said: {text}</source>
            <translation> 服务器返回：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Try again in a moment.</source>
            <translation> 请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Try again in {s} seconds.</source>
            <translation> 请在 {s} 秒后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source> Turn on low-memory mode in Settings (saves {size}).</source>
            <translation> 在设置中开启低内存模式（可节省 {size}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source> Wait a moment and try again.</source>
            <translation> 请稍等片刻再试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source> and {vram} of GPU memory</source>
            <translation>，另需 {vram} 显存</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source> or {n}</source>
            <translation> 或 {n}</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>'functions' is the old form of 'tools': send the functions as 'tools'</source>
            <translation>'functions' 是 'tools' 的旧写法：请把函数作为 'tools' 发送</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>'messages' must be a non-empty list</source>
            <translation>'messages' 必须是非空列表</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>(local)</source>
            <translation>（本地）</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>(see {prog} --help)</source>
            <translation>（参见 {prog} --help）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>* installed. Fit at {n} tokens of context with this machine's free memory.</source>
            <translation>* 已安装。按 {n} 个 token 的上下文和这台机器的可用内存估算是否放得下。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>A context length of {n} tokens cannot be used: choose one between 256 and the model's own in Settings.</source>
            <translation>无法使用 {n} 个 token 的上下文长度：请在设置中选择 256 到模型自身上限之间的值。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>A different model named {name} is already imported. Rename the file or delete the other one first.</source>
            <translation>已经导入了另一个名为 {name} 的模型。请先重命名文件，或删除另一个模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>A file Hearth needs is missing: {what}.</source>
            <translation>Hearth 需要的一个文件不见了：{what}。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>A file could not be read or written ({reason}{where}).</source>
            <translation>无法读取或写入文件（{reason}{where}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>A remote server cannot continue an answer. Regenerate it instead, with a higher token limit in Settings.</source>
            <translation>远程服务器无法继续一个回答。请改为重新生成，并在设置中提高 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>A reply cannot be edited while it is being written.</source>
            <translation>回答正在写入时无法编辑。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/stream.py" />
            <source>A streamed safety check failed; the rules checked the rest.</source>
            <translation>一次流式安全检查失败；其余部分已由规则检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>A tool the model called failed ({detail}).</source>
            <translation>模型调用的工具失败了（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>An encrypted file of Hearth is damaged or was made with another key.</source>
            <translation>Hearth 的一个加密文件已损坏，或是用另一个密钥加密的。</translation>
        </message>
        <message>
            <location filename="../../app/core/liveness.py" />
            <source>Another Hearth window or command is changing {folder}, so Hearth did not {what}. Try again when it has finished.</source>
            <translation>另一个 Hearth 窗口或命令正在修改 {folder}，因此 Hearth 没有执行“{what}”。请等它完成后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Asked the model to answer without more tools</source>
            <translation>已要求模型不再使用工具，直接回答</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Asking how to help someone else: answered, with help resources.</source>
            <translation>询问如何帮助他人：已回答，并附上求助资源。</translation>
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
            <translation>--category {value} 无效：请使用 S1..S14 中的编号，加上 default、allow、warn、block 之一，例如 S12=allow。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Blocked by the local safety filter: {category}.</source>
            <translation>已被本地安全过滤器拦截：{category}。</translation>
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
            <translation>CPU 线程数（0：自动）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU variants it cannot run: {no}</source>
            <translation>此 CPU 无法运行的 CPU 变体：{no}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU variants this CPU runs: {ok}</source>
            <translation>此 CPU 可以运行的 CPU 变体：{ok}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU: {cpu}, built-in backend (this build has no CPU variants)</source>
            <translation>CPU：{cpu}，内置后端（此版本没有 CPU 变体）</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>CPU: {cpu}, variant {variant} ({how})</source>
            <translation>CPU：{cpu}，变体 {variant}（{how}）</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Cannot open the database {path}: {reason}</source>
            <translation>无法打开数据库 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>Check a prompt (or, with --answer, a model answer) with the local safety filter and print the verdict, category and reason.</source>
            <translation>用本地安全过滤器检查一段提问（或配合 --answer 检查模型的回答），并输出结论、类别和原因。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Child sexual exploitation</source>
            <translation>儿童性剥削</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Close other programs before loading this model.</source>
            <translation>加载此模型前请关闭其他程序。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Code interpreter abuse</source>
            <translation>代码解释器滥用</translation>
        </message>
        <message>
            <source>Connection problem ({reason}); retrying in {s:.0f} s (attempt {n} of {max}).</source>
            <translation type="vanished">连接出现问题（{reason}）；{s:.0f} 秒后重试（第 {n} / {max} 次）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Conversation memory (context)</source>
            <translation>对话记忆（上下文）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Conversation memory on the GPU</source>
            <translation>GPU 上的对话记忆</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>Conversation: {id}</source>
            <translation>对话：{id}</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Conversations, search index and attached documents' text</source>
            <translation>对话、搜索索引和附加文档的文本</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Copy address</source>
            <translation>复制地址</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Could not remove: {what}</source>
            <translation>无法删除：{what}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Defamation</source>
            <translation>诽谤</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Deleted; {size} freed.</source>
            <translation>已删除；释放了 {size}。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>Download cancelled.</source>
            <translation>下载已取消。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Downloaded models</source>
            <translation>已下载的模型</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Each message must be an object ({where})</source>
            <translation>每条消息都必须是一个对象（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Elections</source>
            <translation>选举</translation>
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
            <translation>环境变量：{cpu}=NAME 强制使用某个 CPU 变体（测试用），{gpu}=off 不加载任何 GPU 模块，{dir}=FOLDER 从另一个文件夹加载模块。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Error: {error}</source>
            <translation>错误：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Experts kept in RAM (hybrid)</source>
            <translation>放在内存中的专家（混合）</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Exported from Hearth. Started {date}.</source>
            <translation>从 Hearth 导出。开始于 {date}。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Fast CPU copy of the experts</source>
            <translation>专家的 CPU 快速副本</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>Found on the Hub; not described yet. In gpt-oss files the experts stay MXFP4 whatever the name says.</source>
            <translation>在 Hub 上找到；尚无说明。在 gpt-oss 文件中，无论名称如何，专家层都保持 MXFP4。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>GPU module {name}: {state}</source>
            <translation>GPU 模块 {name}：{state}</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>GPU modules are switched off ({env}=off).</source>
            <translation>GPU 模块已关闭（{env}=off）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>GPU work buffers</source>
            <translation>GPU 工作缓冲区</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>GPU {name}: {desc}, {total} ({free} free)</source>
            <translation>GPU {name}：{desc}，{total}（可用 {free}）</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Give either --model PATH or --remote URL.</source>
            <translation>请提供 --model PATH 或 --remote URL 之一。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Hate</source>
            <translation>仇恨</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Hearth and runtime</source>
            <translation>Hearth 及运行时</translation>
        </message>
        <message>
            <location filename="../../app/core/liveness.py" />
            <source>Hearth cannot lock {folder} to {what} ({reason}).</source>
            <translation>Hearth 无法锁定 {folder} 以执行“{what}”（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth cannot read its key file {path}: {reason}</source>
            <translation>Hearth 无法读取它的密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>Hearth cannot read {name} ({reason}). Check that the file belongs to you or that you may read it.</source>
            <translation>Hearth 无法读取 {name}（{reason}）。请确认该文件属于你，或你有读取权限。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth cannot save to its database because {reason}. Your conversations can be opened read-only (nothing new is saved), or quit, make the folder writable and start Hearth again.</source>
            <translation>Hearth 无法写入它的数据库，因为{reason}。你可以以只读方式打开对话（不会保存任何新内容），或者退出，让该文件夹可写后再启动 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>Hearth cannot write to {folder} ({reason}). Choose a folder you can write to.</source>
            <translation>Hearth 无法写入 {folder}（{reason}）。请选择一个你有写入权限的文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Hearth closed before this answer was finished.</source>
            <translation>这个回答完成前 Hearth 就关闭了。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Hearth could not connect to {url} ({reason}). Check the address and that the server is running.</source>
            <translation>Hearth 无法连接到 {url}（{reason}）。请检查地址，并确认服务器正在运行。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth could not encrypt the history {path}: the encrypted copy did not match it. The history was left as it was.</source>
            <translation>Hearth 无法加密历史记录 {path}：加密后的副本与原文件不一致。历史记录保持原样。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Hearth could not serve on {host}:{port} ({reason}). Another program may use that port: choose another one in Settings.</source>
            <translation>Hearth 无法在 {host}:{port} 上提供服务（{reason}）。可能有其他程序占用了该端口：请在设置中另选一个。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Hearth is busy: too many requests are waiting for the model. Try again later.</source>
            <translation>Hearth 正忙：等待模型的请求太多了。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <location filename="../../app/core/network.py" />
            <source>Hearth is in offline mode, so it did not connect to the internet. Turn off offline mode in Settings to download models or refresh the catalog.</source>
            <translation>Hearth 处于离线模式，因此没有连接互联网。要下载模型或刷新模型目录，请在设置中关闭离线模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Hearth is not allowed to write or read {what}: {reason}.</source>
            <translation>Hearth 没有权限读写 {what}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Hearth opens only web and email links from messages.</source>
            <translation>Hearth 只打开消息中的网页链接和电子邮件链接。</translation>
        </message>
        <message>
            <location filename="../../app/core/network.py" />
            <source>Hearth refused a network connection to {host} that nobody asked for.</source>
            <translation>Hearth 拒绝了一个没有人要求的、到 {host} 的网络连接。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth's database {path} cannot be used ({detail}).</source>
            <translation>Hearth 的数据库 {path} 无法使用（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>Hearth's database {path} is damaged, so your conversations cannot all be read. The file is left untouched. Hearth can copy what can still be read into a new database (the damaged file is kept beside it), or open it read-only as it is.</source>
            <translation>Hearth 的数据库 {path} 已损坏，因此无法读取你的全部对话。该文件保持原样。Hearth 可以把仍可读取的内容复制到一个新数据库中（损坏的文件会保留在旁边），或者以只读方式按原样打开它。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth's key file {path} is damaged.</source>
            <translation>Hearth 的密钥文件 {path} 已损坏。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Hearth's key file {path} is damaged. Restore it from a backup; your history cannot be opened without it and was not changed.</source>
            <translation>Hearth 的密钥文件 {path} 已损坏。请从备份中恢复它；没有它就无法打开你的历史记录，历史记录本身没有被改动。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Hearth's safety filter stopped this because it involves {category}, which Hearth does not help with.</source>
            <translation>Hearth 的安全过滤器停止了这条内容，因为它涉及{category}，Hearth 不协助这类内容。</translation>
        </message>
        <message>
            <source>Hearth's safety filter stopped this because it looks like {category}, which is always blocked.</source>
            <translation type="vanished">Hearth 的安全过滤器停止了这条内容，因为它看起来涉及{category}，这类内容始终会被拦截。</translation>
        </message>
        <message>
            <source>Hearth's safety filter stopped this because it looks like {category}. If you meant something harmless, try rephrasing it with a little more context (for example what it is for). You can change how strict the filter is in Settings, under Safety.</source>
            <translation type="vanished">Hearth 的安全过滤器停止了这条内容，因为它看起来涉及{category}。如果你的本意无害，请补充一点背景（例如用途）后换个说法再试。你可以在设置的“安全”中调整过滤器的严格程度。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>Hearth's safety filter stopped this because it looks like {category}. If you meant something harmless, try rephrasing it with a little more context (for example what it is for). You can change the filter in Settings.</source>
            <translation>Hearth 的安全过滤器停止了这条内容，因为它看起来涉及{category}。如果你的本意无害，请补充一点背景（例如用途）后换个说法再试。你可以在设置中调整过滤器。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Imported {name} into {folder}.</source>
            <translation>已将 {name} 导入到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>Index the given documents in memory and print the passages that best match the query, with file and page.</source>
            <translation>在内存中为指定文档建立索引，并输出与查询最匹配的段落，附带文件名和页码。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/index.py" />
            <source>Indexing {name} was cancelled.</source>
            <translation>已取消为 {name} 建立索引。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Indiscriminate weapons</source>
            <translation>无差别杀伤性武器</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Instructions</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Intellectual property</source>
            <translation>知识产权</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Kept: {what}</source>
            <translation>已保留：{what}</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Libraries: {folder}</source>
            <translation>库文件：{folder}</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Link not opened</source>
            <translation>链接未打开</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Load llama.cpp's backend modules as a model load would, and say which CPU variant was picked and which GPUs were found (or why none).</source>
            <translation>像加载模型时一样加载 llama.cpp 的后端模块，并说明选用了哪个 CPU 变体、找到了哪些 GPU（或为什么没有找到）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Loading</source>
            <translation>正在加载</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Loading {name} was cancelled.</source>
            <translation>已取消加载 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Looked for “{text}” in the open document</source>
            <translation>在打开的文档中查找了“{text}”</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Manage gpt-oss model files.</source>
            <translation>管理 gpt-oss 模型文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Message content must be a string or a list of text parts ({where})</source>
            <translation>消息内容必须是字符串或文本片段列表（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Message text encrypted (AES-256-GCM)</source>
            <translation>消息文本已加密（AES-256-GCM）</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Missing or wrong API key. Send it as 'Authorization: Bearer KEY'.</source>
            <translation>API 密钥缺失或错误。请以 'Authorization: Bearer KEY' 的形式发送。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Model catalog cache</source>
            <translation>模型目录缓存</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Model weights</source>
            <translation>模型权重</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Model weights on the GPU</source>
            <translation>GPU 上的模型权重</translation>
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
            <translation>{folder} 中的模型（你选择的文件夹）</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>Moved to the trash: {id}</source>
            <translation>已移到回收站：{id}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/folder.py" />
            <source>Moving the models failed ({reason}) and %n file(s) could not be put back; they are complete and in {folder}. No file was lost.</source>
            <translation>
                <numerusform>移动模型失败（{reason}），且有 %n 个文件无法移回；它们是完整的，位于 {folder}。没有丢失任何文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Moving the models failed ({reason}) and {n} file(s) could not be put back; they are complete and in {folder}. No file was lost.</source>
            <translation type="vanished">移动模型失败（{reason}），且有 {n} 个文件无法移回；它们是完整的，位于 {folder}。没有丢失任何文件。</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/core/history_io.py" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>No CPU module (libggml-cpu-*) was found in {folder}. Reinstall Hearth.</source>
            <translation>在 {folder} 中找不到 CPU 模块（libggml-cpu-*）。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>No GPU: {why}</source>
            <translation>无 GPU：{why}</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <location filename="../../app/commands/conversations.py" />
            <source>No conversation has the id {id}. `hearth conversations list` shows them.</source>
            <translation>没有编号为 {id} 的对话。`hearth conversations list` 可以列出所有对话。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>No conversation text</source>
            <translation>没有对话文本</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>No document could be read.</source>
            <translation>没有能读取的文档。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>No key yet (nothing is stored)</source>
            <translation>尚无密钥（还没有存储任何内容）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>No message text</source>
            <translation>没有消息文本</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>No model given and none used before: give either --model PATH or --remote URL (`hearth models list --installed` shows the models you have).</source>
            <translation>没有指定模型，之前也没有用过任何模型：请提供 --model PATH 或 --remote URL 之一（`hearth models list --installed` 可以列出你已有的模型）。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>No model is loaded in Hearth.</source>
            <translation>Hearth 中没有加载模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>No model is loaded in Hearth. Load one in the window, then try again.</source>
            <translation>Hearth 中没有加载模型。请在窗口中加载一个，然后重试。</translation>
        </message>
        <message>
            <location filename="../../app/workers/engine_worker.py" />
            <source>No model is loaded. Open or download a model first.</source>
            <translation>没有加载模型。请先打开或下载一个模型。</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>No passage matches “{query}”.</source>
            <translation>没有段落匹配“{query}”。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>No safety model is installed ({name}), so only the rules check messages and answers. Download it in the model manager to add the model check.</source>
            <translation>没有安装安全模型（{name}），因此只由规则检查消息和回答。在模型管理器中下载它即可加上模型检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>No safety rule files were found in {folder}. Reinstall Hearth or turn the safety filter off in Settings.</source>
            <translation>在 {folder} 中找不到安全规则文件。请重新安装 Hearth，或在设置中关闭安全过滤器。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>No system keyring is available to keep the key for your history ({kind}). Choose a passphrase instead: Hearth will ask for it at every start (for commands, set {env}). Hearth does not keep your history unencrypted.</source>
            <translation>没有可用的系统密钥环来保存你历史记录的密钥（{kind}）。请改为设置一个口令：Hearth 每次启动时都会要求输入（命令行使用时请设置 {env}）。Hearth 不会以未加密的形式保存你的历史记录。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>No usable GPU was found by {names} (check the graphics driver).</source>
            <translation>{names} 没有找到可用的 GPU（请检查显卡驱动）。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Non-violent crimes</source>
            <translation>非暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>None of the documents could be read.</source>
            <translation>所有文档都无法读取。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>None of this build's CPU variants runs on this CPU ({names}). Hearth needs an x86-64 CPU with SSE4.2, or a 64-bit ARM CPU.</source>
            <translation>此版本的 CPU 变体都无法在这个 CPU（{names}）上运行。Hearth 需要支持 SSE4.2 的 x86-64 CPU，或 64 位 ARM CPU。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Not encrypted: holds your default developer instructions if you wrote any</source>
            <translation>未加密：如果你写过默认的开发者指令，会保存在这里</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Not encrypted: no message text, document text or keys</source>
            <translation>未加密：不含消息文本、文档文本或密钥</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>Not enough free disk space for {name}: it needs {need} more and {free} is free on the disk of {folder}. Free some space or choose another models folder in Settings.</source>
            <translation>磁盘空间不足，无法下载 {name}：还需要 {need}，而 {folder} 所在磁盘只有 {free} 可用。请释放一些空间，或在设置中另选模型文件夹。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/folder.py" />
            <source>Not enough free space on the disk of {folder}: moving %n model(s) needs {need} and {free} is free. Free some space, choose another folder, or leave the models where they are.</source>
            <translation>
                <numerusform>{folder} 所在磁盘的可用空间不足：移动 %n 个模型需要 {need}，但只有 {free} 可用。请释放一些空间、另选文件夹，或把模型留在原处。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough free space on the disk of {folder}: moving {n} model(s) needs {need} and {free} is free. Free some space, choose another folder, or leave the models where they are.</source>
            <translation type="vanished">{folder} 所在磁盘的可用空间不足：移动 {n} 个模型需要 {need}，但只有 {free} 可用。请释放一些空间、另选文件夹，或把模型留在原处。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Not enough memory for {name}: it needs about {need} and this machine has {have}.{hint} A smaller context length also helps.</source>
            <translation>内存不足，无法运行 {name}：它需要约 {need}，而这台机器只有 {have}。{hint}减小上下文长度也有帮助。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Not enough memory to finish. Close other programs and try again.</source>
            <translation>内存不足，无法完成。请关闭其他程序后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Not enough memory to load {name}. Close other programs, turn on low-memory mode, lower the context length or the GPU layers in Settings.</source>
            <translation>内存不足，无法加载 {name}。请关闭其他程序、开启低内存模式，或在设置中降低上下文长度或 GPU 层数。</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Nothing was removed. Run `wipe --yes` to remove all of this.</source>
            <translation>没有删除任何内容。运行 `wipe --yes` 即可删除以上全部内容。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>Offline mode is on (HF_HUB_OFFLINE), so Hearth did not connect to the internet.</source>
            <translation>离线模式已开启（HF_HUB_OFFLINE），因此 Hearth 没有连接互联网。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Offline mode is on, so Hearth does not connect to {host}. Turn off offline mode in Settings to use this server.</source>
            <translation>离线模式已开启，因此 Hearth 不会连接 {host}。要使用这台服务器，请在设置中关闭离线模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>Only an answer can be continued.</source>
            <translation>只有回答可以继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Only an answer saved in a conversation can be continued.</source>
            <translation>只有保存在对话中的回答可以继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Only n=1 is supported</source>
            <translation>只支持 n=1</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Only text content is supported ({where})</source>
            <translation>只支持文本内容（{where}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Open Hearth first: the key is not unlocked.</source>
            <translation>请先打开 Hearth：密钥尚未解锁。</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open link</source>
            <translation>打开链接</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Open this address in your browser? It is where the link really goes, whatever its text says.</source>
            <translation>要在浏览器中打开这个地址吗？无论链接文字写的是什么，它实际指向的都是这个地址。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>Page numbers follow the page breaks in the file and may differ from Word's layout.</source>
            <translation>页码按文件中的分页符计算，可能与 Word 中的排版不同。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>Private, offline chat with OpenAI's gpt-oss models.</source>
            <translation>与 OpenAI 的 gpt-oss 模型私密、离线地聊天。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Public files</source>
            <translation>公开文件</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Read a document</source>
            <translation>阅读了一篇文档</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Read {document}</source>
            <translation>阅读了 {document}</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>Reading the prompt was stopped.</source>
            <translation>读取提示词已停止。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>Reading {name} was cancelled.</source>
            <translation>已取消读取 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/core/db_repair.py" />
            <source>Recovered {conversations} conversation(s) and {messages} message(s). The damaged file was kept as {damaged}.</source>
            <translation>已恢复 {conversations} 个对话和 {messages} 条消息。损坏的文件已保留为 {damaged}。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Remote: {host}</source>
            <translation>远程：{host}</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Removed {files} files ({size}).</source>
            <translation>已删除 {files} 个文件（{size}）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>Removed {n} leftover files.</source>
            <translation>已移除 {n} 个残留文件。</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>Run it again with a higher --max-tokens.</source>
            <translation>请用更大的 --max-tokens 再运行一次。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>Runs on: {summary}</source>
            <translation>运行于：{summary}</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Safety filter decisions</source>
            <translation>安全过滤器的判定</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {rule} has an unknown category {category}.</source>
            <translation>安全词库条目 {rule} 的类别 {category} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {rule} needs objects and known intents (unknown: {names}).</source>
            <translation>安全词库条目 {rule} 需要对象和已知的意图（未知：{names}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon entry {where} is not an object.</source>
            <translation>安全词库条目 {where} 不是对象。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} could not be read: {error}</source>
            <translation>无法读取安全词库 {file}：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} is not a JSON object.</source>
            <translation>安全词库 {file} 不是 JSON 对象。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file} needs 'intents', 'contexts' and 'entries'.</source>
            <translation>安全词库 {file} 需要 'intents'、'contexts' 和 'entries'。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {file}: the separator must be a negated character class like [^.!?].</source>
            <translation>安全词库 {file}：分隔符必须是取反字符类，例如 [^.!?]。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {where} has a broken pattern: {error}</source>
            <translation>安全词库 {where} 中有一个无效的模式：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/lexicon.py" />
            <source>Safety lexicon {where}: expected text or a list of texts.</source>
            <translation>安全词库 {where}：应为文本或文本列表。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} could not be read: {error}</source>
            <translation>无法读取安全规则文件 {file}：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} is not a JSON object.</source>
            <translation>安全规则文件 {file} 不是 JSON 对象。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule file {file} needs 'macros' and 'rules'.</source>
            <translation>安全规则文件 {file} 需要 'macros' 和 'rules'。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has a broken pattern: {error}</source>
            <translation>安全规则 {rule} 中有一个无效的模式：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has an unknown category {category}.</source>
            <translation>安全规则 {rule} 的类别 {category} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has an unknown level {level}.</source>
            <translation>安全规则 {rule} 的级别 {level} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has macros that refer to each other.</source>
            <translation>安全规则 {rule} 中的宏互相引用。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} has no pattern.</source>
            <translation>安全规则 {rule} 没有模式。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} is not an object.</source>
            <translation>安全规则 {rule} 不是对象。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rule {rule} uses an unknown macro {{{name}}}.</source>
            <translation>安全规则 {rule} 使用了未知的宏 {{{name}}}。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/rules.py" />
            <source>Safety rules: expected text or a list of texts, got {value!r}.</source>
            <translation>安全规则：应为文本或文本列表，实际为 {value!r}。</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Saved conversation memory (to reopen chats fast)</source>
            <translation>已保存的对话记忆（用于快速重新打开聊天）</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Searched your documents</source>
            <translation>搜索了你的文档</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Searched your documents for “{query}”</source>
            <translation>在你的文档中搜索了“{query}”</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>Serving on {host} would let other machines use the model. Set an API key to allow that, or serve on 127.0.0.1 only.</source>
            <translation>在 {host} 上提供服务会让其他机器也能使用模型。请设置 API 密钥以允许这样做，或只在 127.0.0.1 上提供服务。</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>Serving {name} at {url} (Ctrl-C stops)</source>
            <translation>正在 {url} 上提供 {name}（按 Ctrl-C 停止）</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Settings and window layout</source>
            <translation>设置和窗口布局</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Sex-related crimes</source>
            <translation>性相关犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Sexual content</source>
            <translation>色情内容</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Something went wrong while the answer was written.</source>
            <translation>写回答时出错了。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>Something went wrong: {detail}</source>
            <translation>出错了：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>Sources:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Specialized advice</source>
            <translation>专业建议</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>Stopped before the end.</source>
            <translation>在结束前已停止。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Suicide and self-harm</source>
            <translation>自杀与自残</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>System keyring</source>
            <translation>系统密钥环</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>System keyring, and your passphrase</source>
            <translation>系统密钥环，以及你的口令</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>Talking to {host} failed: {detail}</source>
            <translation>与 {host} 通信失败：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>That answer is no longer in this conversation, so it cannot be continued.</source>
            <translation>该回答已不在此对话中，因此无法继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That answer is still being written.</source>
            <translation>该回答仍在写入中。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That conversation no longer exists.</source>
            <translation>该对话已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That message no longer exists.</source>
            <translation>该消息已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>That passphrase is not the one that protects your history. Nothing was changed.</source>
            <translation>这不是保护你历史记录的口令。没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>That reply is no longer being written.</source>
            <translation>该回答已不在写入中。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The API key could not be saved because no system keyring is available ({kind}). Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>系统中没有可用的密钥环（{kind}），因此无法保存 API 密钥。请安装或解锁一个密钥环（例如 GNOME Keyring 或 KWallet）后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The CPU module {name} could not be loaded. Reinstall Hearth.</source>
            <translation>无法加载 CPU 模块 {name}。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The GPU could not be used ({reason}), so the model runs on the CPU. Lower the GPU layers in Settings or update the graphics driver.</source>
            <translation>无法使用 GPU（{reason}），因此模型在 CPU 上运行。请在设置中降低 GPU 层数，或更新显卡驱动。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The Hub did not say how large {name} is, so it cannot be downloaded safely.</source>
            <translation>Hub 没有给出 {name} 的大小，因此无法安全下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The Hub gave no checksum for {name}, so Hearth cannot verify it. The file was not downloaded.</source>
            <translation>Hub 没有给出 {name} 的校验和，Hearth 无法校验它。文件没有下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hub refused access to {repo}. If it is private or gated, add a Hugging Face access token with read access in Settings and try again.</source>
            <translation>Hub 拒绝访问 {repo}。如果它是私有或受限仓库，请在设置中添加一个有读取权限的 Hugging Face 访问令牌，然后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hub refused access to {what} (HTTP {status}). Check your access token in Settings.</source>
            <translation>Hub 拒绝访问 {what}（HTTP {status}）。请在设置中检查你的访问令牌。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The Hugging Face Hub answered with an error (HTTP {status}) for {what}. Try again later.</source>
            <translation>Hugging Face Hub 对 {what} 返回了错误（HTTP {status}）。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter could not be applied to this model.</source>
            <translation>LoRA 适配器无法应用到这个模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter {name} could not be applied: {detail}.</source>
            <translation>无法应用 LoRA 适配器 {name}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The LoRA adapter {name} does not exist. Choose another file in Settings.</source>
            <translation>LoRA 适配器 {name} 不存在。请在设置中另选一个文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The answer reached its limit of {n} tokens.</source>
            <translation>回答已达到 {n} 个 token 的上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The answer reached its token limit.</source>
            <translation>回答已达到 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The answer was interrupted.</source>
            <translation>回答被中断了。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The answer was stopped in Hearth before it was finished.</source>
            <translation>回答在完成前已在 Hearth 中被停止。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>The attached documents could not be listed: {reason}</source>
            <translation>无法列出附加的文档：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The connection dropped; trying again in {s:.0f} s (attempt {n} of {max}).</source>
            <translation>连接中断；{s:.0f} 秒后重试（第 {n} / {max} 次）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The connection to the Hugging Face Hub kept dropping. What was downloaded so far is kept: try again later and the download continues from there.</source>
            <translation>与 Hugging Face Hub 的连接多次中断。已下载的部分会保留：稍后重试，下载会从那里继续。</translation>
        </message>
        <message>
            <source>The connection to the Hugging Face Hub kept failing ({reason}). What was downloaded so far is kept: press Retry to continue from there.</source>
            <translation type="vanished">与 Hugging Face Hub 的连接多次失败（{reason}）。已下载的部分会保留：点击“重试”即可从那里继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The connection to {host} broke before the answer was finished. What arrived is kept; check the server and try again.</source>
            <translation>与 {host} 的连接在回答完成前断开了。已收到的内容会保留；请检查服务器后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The conversation filled the model's context, so the answer stopped here.</source>
            <translation>对话已占满模型的上下文，因此回答在这里停止了。</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>The conversation {id} is in the trash.</source>
            <translation>对话 {id} 在回收站中。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The copy of {name} came out the wrong size ({got} instead of {want}), so the models were not moved.</source>
            <translation>{name} 的副本大小不对（{got}，应为 {want}），因此模型没有移动。</translation>
        </message>
        <message>
            <location filename="../../app/core/db_repair.py" />
            <source>The damaged database cannot be opened at all ({reason}); nothing could be recovered.</source>
            <translation>损坏的数据库完全无法打开（{reason}）；没有恢复任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} cannot be opened even read-only ({reason}).</source>
            <translation>数据库 {path} 即使以只读方式也无法打开（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} cannot be used ({reason}). Close other copies of Hearth, or move the file aside to start a new history.</source>
            <translation>数据库 {path} 无法使用（{reason}）。请关闭其他正在运行的 Hearth，或把该文件移到别处以开始新的历史记录。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} does not open with Hearth's key: it is damaged, or it was encrypted by another Hearth. It was not changed; move it aside (or restore a backup) to go on.</source>
            <translation>数据库 {path} 无法用 Hearth 的密钥打开：它已损坏，或是由另一个 Hearth 加密的。它没有被改动；请把它移到别处（或恢复备份）后继续。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} is in use by another program and did not become free. Close other copies of Hearth and start it again.</source>
            <translation>数据库 {path} 正被另一个程序使用，一直没有释放。请关闭其他正在运行的 Hearth 后重新启动。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>The database {path} needs updating ({component}), which cannot be done while it is read-only.</source>
            <translation>数据库 {path} 需要更新（{component}），但在只读状态下无法更新。</translation>
        </message>
        <message>
            <source>The disk is full, so the download stopped. Free some space and press Retry; what was downloaded is kept.</source>
            <translation type="vanished">磁盘已满，下载已停止。请释放一些空间后点击“重试”；已下载的部分会保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The disk is full, so the download stopped. Free some space and try again; what was downloaded is kept.</source>
            <translation>磁盘已满，下载已停止。请释放一些空间后重试；已下载的部分会保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>The disk is full{where}. Free some space and try again.</source>
            <translation>磁盘已满{where}。请释放一些空间后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The disk of {folder} is full, so the models were not moved. Nothing was lost: they are all still in {source}.</source>
            <translation>{folder} 所在磁盘已满，因此模型没有移动。没有丢失任何内容：它们都还在 {source} 中。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>The document could not be removed: {reason}</source>
            <translation>无法移除文档：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/index.py" />
            <source>The document index was made by a newer version of Hearth. Update Hearth to use attached documents.</source>
            <translation>文档索引是由更新版本的 Hearth 创建的。请更新 Hearth 以使用附加的文档。</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>The download did not finish.</source>
            <translation>下载没有完成。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The download of {name} failed unexpectedly ({kind}). Try again; the part downloaded so far is kept.</source>
            <translation>{name} 的下载意外失败（{kind}）。请重试；已下载的部分会保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>The file is not UTF-8; it was read as {encoding}. If characters look wrong, save it as UTF-8.</source>
            <translation>该文件不是 UTF-8 编码；已按 {encoding} 读取。如果字符显示不正确，请将它另存为 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The file name {path} is not allowed.</source>
            <translation>不允许使用文件名 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>The history database reported a problem ({detail}). Your conversations are kept; restart Hearth, and if this keeps happening, export your conversations.</source>
            <translation>历史数据库报告了一个问题（{detail}）。你的对话仍然保留；请重启 Hearth，如果问题反复出现，请导出你的对话。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>The import file is damaged: {reason}. Nothing was imported.</source>
            <translation>导入文件已损坏：{reason}。没有导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>The import file is not a valid Hearth export: {detail}. Nothing was imported.</source>
            <translation>导入文件不是有效的 Hearth 导出文件：{detail}。没有导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>The imported file is not usable.</source>
            <translation>导入的文件无法使用。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key file is damaged</source>
            <translation>密钥文件已损坏</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key for your history in the system keyring ({entry}) is not the one your history was encrypted with. Restore the keyring entry; nothing was changed.</source>
            <translation>系统密钥环中你历史记录的密钥（{entry}）不是加密历史记录时所用的那个。请恢复该密钥环条目；没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The key for your history is missing from the system keyring ({entry}). Without it the history cannot be opened; restore the keyring from a backup. Nothing was changed.</source>
            <translation>系统密钥环中缺少你历史记录的密钥（{entry}）。没有它就无法打开历史记录；请从备份中恢复密钥环。没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The last message must be the user's (or a tool's result)</source>
            <translation>最后一条消息必须来自用户（或是工具的结果）</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp library lacks {name}. Reinstall Hearth.</source>
            <translation>llama.cpp 库缺少 {name}。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp library {name} is missing from {folder}. Reinstall Hearth.</source>
            <translation>{folder} 中缺少 llama.cpp 库 {name}。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The llama.cpp runtime (llama_cpp) is not installed. Reinstall Hearth.</source>
            <translation>没有安装 llama.cpp 运行时（llama_cpp）。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The llama.cpp runtime could not be loaded ({detail}). Reinstall Hearth.</source>
            <translation>无法加载 llama.cpp 运行时（{detail}）。请重新安装 Hearth。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The local server did not start.</source>
            <translation>本地服务器没有启动。</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>The message to reply to no longer exists.</source>
            <translation>要回复的消息已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>The model catalog is missing from this installation. Reinstall Hearth, or open a GGUF file you already have.</source>
            <translation>此安装中缺少模型目录。请重新安装 Hearth，或打开你已有的 GGUF 文件。</translation>
        </message>
        <message>
            <location filename="../../app/workers/engine_worker.py" />
            <source>The model could not be loaded: {detail}</source>
            <translation>无法加载模型：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>The model file {path} does not exist. Check the path, or download the model again from the model manager.</source>
            <translation>模型文件 {path} 不存在。请检查路径，或在模型管理器中重新下载模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The model kept calling tools after it was asked to answer. Try again, or ask it to answer without looking anything up.</source>
            <translation>模型在被要求回答后仍在不停调用工具。请重试，或让它不查资料直接回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model stopped with an internal error while reading the prompt. Try again; if it keeps failing, lower the context length or GPU layers in Settings.</source>
            <translation>模型在读取提示词时因内部错误而停止。请重试；如果反复失败，请在设置中降低上下文长度或 GPU 层数。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model stopped with an internal error while writing. Try again.</source>
            <translation>模型在写回答时因内部错误而停止。请重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The model's memory could not be copied.</source>
            <translation>无法复制模型的记忆。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The model's server cannot continue an answer. Regenerate it instead, with a higher token limit in Settings.</source>
            <translation>模型所在的服务器无法继续一个回答。请改为重新生成，并在设置中提高 token 上限。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The models could not be moved ({reason}). Nothing was lost: they are all still in {source}.</source>
            <translation>无法移动模型（{reason}）。没有丢失任何内容：它们都还在 {source} 中。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/core/models/downloads.py" />
            <source>The models folder cannot change while %n download(s) are unfinished: their partial files are in the current folder. Let them finish, or cancel them in the Downloads tab, then try again.</source>
            <translation>
                <numerusform>有 %n 个下载尚未完成，此时无法更改模型文件夹：它们的部分文件在当前文件夹中。请等它们完成，或在“下载”标签页中取消它们，然后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>The models folder cannot change while {n} download(s) are unfinished: their partial files are in the current folder. Let them finish, or cancel them in the Downloads tab, then try again.</source>
            <translation type="vanished">有 {n} 个下载尚未完成，此时无法更改模型文件夹：它们的部分文件在当前文件夹中。请等它们完成，或在“下载”标签页中取消它们，然后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>The move was cancelled. Your models are still in {folder}.</source>
            <translation>移动已取消。你的模型仍在 {folder} 中。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The passphrase is the only way to your history here (no system keyring holds the key); it cannot be removed.</source>
            <translation>在这里，口令是打开你历史记录的唯一方式（没有系统密钥环保存密钥）；因此无法移除。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The prompt is longer than the context.</source>
            <translation>提示词比上下文还长。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The reasoning used the whole limit of {n} tokens, so there is no answer yet.</source>
            <translation>推理用完了全部 {n} 个 token 的上限，因此还没有回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/status.py" />
            <source>The reasoning used the whole token limit, so there is no answer yet.</source>
            <translation>推理用完了全部 token 上限，因此还没有回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>The repository {repo} was not found on the Hugging Face Hub.</source>
            <translation>在 Hugging Face Hub 上找不到仓库 {repo}。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request body is not valid JSON</source>
            <translation>请求体不是有效的 JSON</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request body must be a JSON object</source>
            <translation>请求体必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>The request was cancelled before it started.</source>
            <translation>请求在开始前就被取消了。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>The safety filter could not check your message ({detail}), so it was not sent to the model. Try again; if it keeps failing, turn the filter's model check off in Settings.</source>
            <translation>安全过滤器无法检查你的消息（{detail}），因此它没有被发送给模型。请重试；如果反复失败，请在设置中关闭过滤器的模型检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/guard.py" />
            <source>The safety model ({name}) could not run ({error}); only the rules checked this.</source>
            <translation>安全模型（{name}）无法运行（{error}）；这条内容只经过了规则检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/guard.py" />
            <source>The safety model ({name}) gave an answer that could not be read; only the rules checked this.</source>
            <translation>安全模型（{name}）给出的回答无法解析；这条内容只经过了规则检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/stream.py" />
            <source>The safety model did not finish in time; the rules checked the end of this answer.</source>
            <translation>安全模型没有及时完成；这条回答的结尾由规则检查。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>The safety model found no problem.</source>
            <translation>安全模型没有发现问题。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>The safety model judged this as {category}, so it was blocked.</source>
            <translation>安全模型判定这条内容属于{category}，因此已拦截。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The safety model was closed.</source>
            <translation>安全模型已关闭。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>The safety model {name} could not be loaded ({error}); only the rules check messages and answers.</source>
            <translation>无法加载安全模型 {name}（{error}）；只由规则检查消息和回答。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} did not answer within {s:.0f} seconds. Check that it is running and not overloaded.</source>
            <translation>{host} 上的服务器在 {s:.0f} 秒内没有响应。请检查它是否正在运行，以及是否负载过高。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} does not allow this key to use it (403).{said}</source>
            <translation>{host} 上的服务器不允许此密钥使用它（403）。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} ended the answer without saying it was finished. What arrived is kept; try again.</source>
            <translation>{host} 上的服务器结束了回答，但没有表明已完成。已收到的内容会保留；请重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} failed ({status}).{said} Try again; if it keeps failing, check the server's log.</source>
            <translation>{host} 上的服务器出错（{status}）。{said}请重试；如果反复失败，请查看服务器的日志。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} has no model “{model}”. It serves: {names}.</source>
            <translation>{host} 上的服务器没有模型“{model}”。它提供的是：{names}。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} has no such address or model (404). Check the base URL (it usually ends in /v1) and the model name.{said}</source>
            <translation>{host} 上的服务器没有这个地址或模型（404）。请检查基础 URL（通常以 /v1 结尾）和模型名称。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} is busy or not ready (503).{hint}{said}</source>
            <translation>{host} 上的服务器正忙或尚未就绪（503）。{hint}{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} is busy or this key's quota is used up (429).{hint}</source>
            <translation>{host} 上的服务器正忙，或此密钥的配额已用完（429）。{hint}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} refused the API key (401). Check the key in Models → Remote server.</source>
            <translation>{host} 上的服务器拒绝了 API 密钥（401）。请在“模型 → 远程服务器”中检查密钥。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} refused the request ({status}).{said}</source>
            <translation>{host} 上的服务器拒绝了请求（{status}）。{said}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} reported an error: {text}</source>
            <translation>{host} 上的服务器报告了一个错误：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} serves no model.</source>
            <translation>{host} 上的服务器没有提供任何模型。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} stopped sending the answer for {s:.0f} seconds, so Hearth gave up. What arrived is kept. Check that the server is running and not overloaded.</source>
            <translation>{host} 上的服务器已有 {s:.0f} 秒没有发送回答，Hearth 已放弃等待。已收到的内容会保留。请检查服务器是否正在运行，以及是否负载过高。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>The server at {host} stopped with an error: {text}. What arrived is kept.</source>
            <translation>{host} 上的服务器因错误而停止：{text}。已收到的内容会保留。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>The server sent the wrong part of {name}.</source>
            <translation>服务器发送了 {name} 的错误部分。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The system keyring cannot be reached ({kind}), and the key for your history is kept there. Unlock the keyring (for example GNOME Keyring or KWallet) and start Hearth again. Nothing was changed.</source>
            <translation>无法访问系统密钥环（{kind}），而你历史记录的密钥保存在那里。请解锁密钥环（例如 GNOME Keyring 或 KWallet）后重新启动 Hearth。没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>The system keyring did not give Hearth the key for your history ({why}). Unlock the keyring, or enter your Hearth passphrase.</source>
            <translation>系统密钥环没有把你历史记录的密钥交给 Hearth（{why}）。请解锁密钥环，或输入你的 Hearth 口令。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>The text encoding was guessed as {encoding}; if characters look wrong, save the file as UTF-8.</source>
            <translation>文本编码被推测为 {encoding}；如果字符显示不正确，请将文件另存为 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>The text is too long for the safety model ({n} tokens, its context holds {ctx}).</source>
            <translation>文本太长，安全模型无法处理（{n} 个 token，而它的上下文只能容纳 {ctx} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The token could not be removed from the keyring ({kind}).</source>
            <translation>无法从密钥环中移除令牌（{kind}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/secrets.py" />
            <source>The token could not be saved because no system keyring is available ({kind}). Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>系统中没有可用的密钥环（{kind}），因此无法保存令牌。请安装或解锁一个密钥环（例如 GNOME Keyring 或 KWallet）后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>The {names} GPU support could not start ({detail}): install or update the graphics driver.</source>
            <translation>{names} GPU 支持无法启动（{detail}）：请安装或更新显卡驱动。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>There is no database at {path}.</source>
            <translation>{path} 处没有数据库。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Thinking</source>
            <translation>思考</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>This build of Hearth has no GPU support.</source>
            <translation>此版本的 Hearth 不支持 GPU。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>This conversation needs {n} tokens but the context holds {ctx}. Start a new conversation, or raise the context length in Settings.</source>
            <translation>这个对话需要 {n} 个 token，但上下文只能容纳 {ctx} 个。请开始一个新对话，或在设置中提高上下文长度。</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>This database was written by a newer version of Hearth ({component} schema {found}, this version knows {known}). Update Hearth to open it.</source>
            <translation>此数据库是由更新版本的 Hearth 写入的（{component} 架构 {found}，此版本只认识 {known}）。请更新 Hearth 后再打开。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>This document contains instructions aimed at the assistant; they are treated as quoted text, not as instructions.</source>
            <translation>此文档包含针对助手的指令；它们被视为引用的文本，而不是指令。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>This file was encrypted by a newer version of Hearth.</source>
            <translation>此文件是由更新版本的 Hearth 加密的。</translation>
        </message>
        <message>
            <location filename="../../app/core/crypto.py" />
            <source>This file was not written by Hearth's encryption.</source>
            <translation>此文件不是由 Hearth 的加密功能写入的。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>This may touch on {category}.</source>
            <translation>这可能涉及{category}。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>This model is split into {n} parts and {missing} is missing. Download the missing parts, then try again.</source>
            <translation>此模型分为 {n} 个部分，缺少 {missing}。请下载缺少的部分后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>This model needs more memory than this computer has. Choose gpt-oss-20b, or a machine with more memory.</source>
            <translation>此模型需要的内存超过这台电脑所有的内存。请选择 gpt-oss-20b，或换一台内存更大的机器。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>This system does not allow Hearth to use {name} where it is ({reason}). Copy it instead.</source>
            <translation>此系统不允许 Hearth 在原位置使用 {name}（{reason}）。请改为复制一份。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>Thought for {seconds} s</source>
            <translation>思考了 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Tight</source>
            <translation>勉强放得下</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
            <translation>口令错误次数过多。请在 {seconds} 秒后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Tried a tool that is not available: {name}</source>
            <translation>尝试使用了一个不可用的工具：{name}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Try a shorter context length (for example 4096 tokens).</source>
            <translation>请尝试更短的上下文长度（例如 4096 个 token）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Turn on low-memory mode in Settings: it saves {saved} by skipping the fast CPU copy of the experts, at about a quarter less speed.</source>
            <translation>在设置中开启低内存模式：跳过专家的 CPU 快速副本可以节省 {saved}，速度大约降低四分之一。</translation>
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
            <translation>请至少使用 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/browser.py" />
            <source>Used the browser</source>
            <translation>使用了浏览器</translation>
        </message>
        <message>
            <location filename="../../app/core/tools.py" />
            <source>Used the tool {name}</source>
            <translation>使用了工具 {name}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>Verification cancelled.</source>
            <translation>校验已取消。</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/decision.py" />
            <source>Violent crimes</source>
            <translation>暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/privacy.py" />
            <source>Where the encryption key is kept ({source}); no secret in it</source>
            <translation>加密密钥的存放位置（{source}）；其中不含机密内容</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>Without --yes, list what would be removed. With --yes, remove the history database, saved states, logs, settings, caches, the key file and Hearth's keyring entries. Close the Hearth window first.</source>
            <translation>不加 --yes 时，列出将被删除的内容。加上 --yes 时，删除历史数据库、保存的状态、日志、设置、缓存、密钥文件以及 Hearth 的密钥环条目。请先关闭 Hearth 窗口。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Won't fit</source>
            <translation>放不下</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>Work buffers</source>
            <translation>工作缓冲区</translation>
        </message>
        <message>
            <location filename="../../app/ui/links.py" />
            <source>Write an email to this address?</source>
            <translation>要给这个地址写电子邮件吗？</translation>
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
            <translation>你似乎处于离线状态：Hearth 无法解析 {host}。请检查网络连接后重试。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Your documents could not be searched ({detail}). Try again, or remove the document and attach it again.</source>
            <translation>无法搜索你的文档（{detail}）。请重试，或移除该文档后重新附加。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your history is encrypted, but its key file ({path}) and its keyring entry are missing. Restore them from a backup; nothing was changed.</source>
            <translation>你的历史记录已加密，但它的密钥文件（{path}）和密钥环条目都不见了。请从备份中恢复它们；没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your history is protected by a passphrase. Enter it to open Hearth (or set {env} for commands).</source>
            <translation>你的历史记录受口令保护。请输入口令打开 Hearth（命令行使用时请设置 {env}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/chat.py" />
            <source>Your message is too long for the context: it needs more than {room} tokens and the context holds {ctx}. Shorten it, attach the text as a document instead, or raise the context length in Settings.</source>
            <translation>你的消息对于上下文来说太长了：它需要超过 {room} 个 token，而上下文只能容纳 {ctx} 个。请缩短消息、改为把文本作为文档附加，或在设置中提高上下文长度。</translation>
        </message>
        <message>
            <location filename="../../app/core/vault.py" />
            <source>Your passphrase</source>
            <translation>你的口令</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>a document or folder to read (repeat for more)</source>
            <translation>要读取的文档或文件夹（可重复指定多个）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>a document or folder to search (repeat for more)</source>
            <translation>要搜索的文档或文件夹（可重复指定多个）</translation>
        </message>
        <message>
            <location filename="../../app/core/errors.py" />
            <source>a file it needs</source>
            <translation>它需要的一个文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>about {h} h {m} min left</source>
            <translation>约剩 {h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>about {n} min left</source>
            <translation>约剩 {n} 分钟</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>address to listen on; anything but loopback needs --api-key</source>
            <translation>监听的地址；非回环地址需要 --api-key</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>all layers on the GPU, the experts of {n} of {total} in RAM</source>
            <translation>所有层都在 GPU 上，其中 {n} / {total} 层的专家在内存中</translation>
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
            <translation>同时询问此安全模型（Qwen3Guard-Gen 或 Llama Guard 3）</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>answer a question from documents, with sources</source>
            <translation>根据文档回答问题，并给出来源</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>answer one prompt with a local model or a server's</source>
            <translation>用本地模型或服务器上的模型回答一个提问</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>apply a LoRA adapter GGUF made for the model, scaled 0-2 (default 1)</source>
            <translation>应用为该模型制作的 LoRA 适配器 GGUF，缩放系数 0-2（默认 1）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>check a GGUF file is complete and undamaged</source>
            <translation>检查 GGUF 文件是否完整、未损坏</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check text with the local safety filter</source>
            <translation>用本地安全过滤器检查文本</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check the text as a pasted or attached document</source>
            <translation>把文本当作粘贴或附加的文档来检查</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>check the text as a streamed answer instead of a prompt</source>
            <translation>把文本当作流式输出的回答而不是提问来检查</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>child sexual exploitation</source>
            <translation>儿童性剥削</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>clean up unfinished downloads</source>
            <translation>清理未完成的下载</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>code interpreter abuse</source>
            <translation>代码解释器滥用</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>context length for the fit estimate</source>
            <translation>用于估算是否放得下的上下文长度</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>context length in tokens</source>
            <translation>上下文长度（token 数）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>copy or link a GGUF from disk into the models folder</source>
            <translation>把磁盘上的 GGUF 复制或链接到模型文件夹</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>defamation</source>
            <translation>诽谤</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>delete an installed model (all parts)</source>
            <translation>删除一个已安装的模型（所有分卷）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>delete leftovers of interrupted downloads</source>
            <translation>删除中断的下载留下的残留文件</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>delete {name}</source>
            <translation>删除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>download a file (all parts of a split one)</source>
            <translation>下载一个文件（分卷文件会下载所有分卷）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>election misinformation</source>
            <translation>选举虚假信息</translation>
        </message>
        <message>
            <location filename="../../app/core/models/probe.py" />
            <source>exit status {code}</source>
            <translation>退出状态 {code}</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>expected sha256 of the (first) file</source>
            <translation>（第一个）文件预期的 sha256</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>failed: {error}</source>
            <translation>失败：{error}</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>fixed seed for repeatable output</source>
            <translation>固定随机种子，使输出可复现</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>forced by {env}</source>
            <translation>由 {env} 强制指定</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>found after undoing: {how}</source>
            <translation>还原后发现：{how}</translation>
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
            <translation>要输出多少个段落（默认 5）</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>how strict the filter is (default: standard)</source>
            <translation>过滤器的严格程度（默认：standard）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>import {name}</source>
            <translation>导入 {name}</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>incomplete</source>
            <translation>不完整</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>indiscriminate weapons</source>
            <translation>无差别杀伤性武器</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>instructions for the model (the developer message)</source>
            <translation>给模型的指令（开发者消息）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>intellectual property violations</source>
            <translation>侵犯知识产权</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>it does not say it is one</source>
            <translation>文件中没有这样的标记</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>it does not say its {key}</source>
            <translation>它没有给出 {key}</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>it is read-only</source>
            <translation>它是只读的</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its vocabulary lacks the harmony token {token}</source>
            <translation>它的词表中缺少 harmony token {token}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its {key} is {value}, where a gpt-oss model has {low} to {high}</source>
            <translation>它的 {key} 为 {value}，而 gpt-oss 模型应为 {low} 到 {high}</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>its {n} attention heads do not share {kv} key/value heads evenly</source>
            <translation>它的 {n} 个注意力头无法平均分配 {kv} 个键/值头</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>keep downloaded models in Hearth's models folder</source>
            <translation>保留 Hearth 模型文件夹中已下载的模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>keep the experts of the first N layers in RAM when the rest is on the GPU (-1: as the fit estimate recommends)</source>
            <translation>当其余部分在 GPU 上时，把前 N 层的专家放在内存中（-1：按估算的建议）</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>key clients must send (default: ${env}, else none)</source>
            <translation>客户端必须发送的密钥（默认：${env}，否则无）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>largest file to read, in MB (default 50)</source>
            <translation>可读取的最大文件，单位 MB（默认 50）</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>layers on the GPU (-1: all)</source>
            <translation>放在 GPU 上的层数（-1：全部）</translation>
        </message>
        <message>
            <location filename="../../app/ui/model_manager/downloads.py" />
            <source>less than a minute left</source>
            <translation>剩余不到一分钟</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>let the model search the documents itself with its browser tool (instead of putting the best passages in the prompt)</source>
            <translation>让模型用它的浏览器工具自己搜索文档（而不是把最相关的段落放进提示词）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>list, download, verify, import and delete models</source>
            <translation>列出、下载、校验、导入和删除模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>list, show, export or delete saved conversations</source>
            <translation>列出、显示、导出或删除已保存的对话</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>llama.cpp refused it</source>
            <translation>llama.cpp 拒绝了它</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>load a generated tiny model, generate a few tokens, print OK</source>
            <translation>加载一个生成的微型模型，生成几个 token，然后输出 OK</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>log more</source>
            <translation>输出更多日志</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>longest answer in tokens</source>
            <translation>最长回答的 token 数</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>matched: {text}</source>
            <translation>匹配到：{text}</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>max_tokens must be a positive integer</source>
            <translation>max_tokens 必须是正整数</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>message {id} answers a message that is missing</source>
            <translation>消息 {id} 回复的消息不存在</translation>
        </message>
        <message>
            <location filename="../../app/core/storage.py" />
            <source>message {id} belongs to two conversations</source>
            <translation>消息 {id} 同时属于两个对话</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>move a conversation to the trash (its saved model state is deleted)</source>
            <translation>把对话移到回收站（其保存的模型状态会被删除）</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>no list of conversations</source>
            <translation>没有对话列表</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>no progress bar</source>
            <translation>不显示进度条</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>no such tensor</source>
            <translation>没有这个张量</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>non-violent crimes</source>
            <translation>非暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>one conversation as Markdown or JSON (every branch)</source>
            <translation>以 Markdown 或 JSON 导出一个对话（包含所有分支）</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>only installed models</source>
            <translation>仅已安装的模型</translation>
        </message>
        <message>
            <location filename="../../app/main.py" />
            <source>open the window with this GGUF loaded</source>
            <translation>打开窗口并加载这个 GGUF</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>per-category choice, e.g. S12=allow; ACTION is default, allow, warn or block; may be repeated</source>
            <translation>按类别设置，例如 S12=allow；ACTION 为 default、allow、warn 或 block；可重复指定</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>port to listen on</source>
            <translation>监听的端口</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <location filename="../../app/commands/conversations.py" />
            <location filename="../../app/commands/models.py" />
            <location filename="../../app/commands/safety_check.py" />
            <location filename="../../app/commands/wipe.py" />
            <source>print JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>print JSON instead of text</source>
            <translation>输出 JSON 而不是文本</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>print one JSON object at the end</source>
            <translation>最后输出一个 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>privacy violations</source>
            <translation>侵犯隐私</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>read no saved model state for this turn (the prompt is read again)</source>
            <translation>本轮不读取已保存的模型状态（重新读取提示词）</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>really remove everything</source>
            <translation>确实删除全部内容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>reasoning effort</source>
            <translation>推理强度</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>reasoning_effort must be low, medium or high</source>
            <translation>reasoning_effort 必须是 low、medium 或 high</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>refresh sizes from the Hub first</source>
            <translation>先从 Hub 刷新文件大小</translation>
        </message>
        <message>
            <location filename="../../app/commands/wipe.py" />
            <source>remove everything Hearth keeps (history, states, logs, settings, keys)</source>
            <translation>删除 Hearth 保存的一切（历史记录、状态、日志、设置、密钥）</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>requests that may wait for the model before 503</source>
            <translation>在返回 503 之前可以排队等待模型的请求数</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>save the exchange in the history: 'new' starts a conversation (its id is printed), an id continues one</source>
            <translation>把这次问答保存到历史记录中：'new' 开始一个新对话（会输出其编号），给出编号则继续该对话</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>search documents without a model and print the best passages</source>
            <translation>不使用模型搜索文档，并输出最匹配的段落</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>seed must be an integer</source>
            <translation>seed 必须是整数</translation>
        </message>
        <message>
            <location filename="../../app/commands/serve.py" />
            <source>serve a model to other programs with the OpenAI API (loopback only by default)</source>
            <translation>通过 OpenAI API 把模型提供给其他程序（默认只监听回环地址）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>sex-related crimes</source>
            <translation>性相关犯罪</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>sexual content</source>
            <translation>色情内容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>skip llama.cpp's repacked copy of the experts (less RAM, slower)</source>
            <translation>跳过 llama.cpp 对专家的重排副本（占用内存更少，速度更慢）</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>skipped: {error}</source>
            <translation>已跳过：{error}</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>specialized advice</source>
            <translation>专业建议</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>stop must be a string or a list of up to 4 strings</source>
            <translation>stop 必须是字符串，或最多 4 个字符串组成的列表</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>stream the model's reasoning to stderr</source>
            <translation>把模型的推理过程输出到 stderr</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>suicide and self-harm</source>
            <translation>自杀与自残</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>the CPU variant and GPU devices llama.cpp runs on here</source>
            <translation>llama.cpp 在这台机器上使用的 CPU 变体和 GPU 设备</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the GGUF model file</source>
            <translation>GGUF 模型文件</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the GGUF model file (default: the model used last)</source>
            <translation>GGUF 模型文件（默认：上次使用的模型）</translation>
        </message>
        <message>
            <location filename="../../app/core/models/catalog.py" />
            <source>the Hub did not answer</source>
            <translation>Hub 没有响应</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>the LoRA scale must be between 0 and 2</source>
            <translation>LoRA 缩放系数必须在 0 到 2 之间</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>the best this CPU runs</source>
            <translation>此 CPU 能运行的最佳变体</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>the catalog with sizes and whether each fits here</source>
            <translation>模型目录，附带大小以及每个模型能否在这里运行</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>the conversations, most recent first</source>
            <translation>对话列表，最近的在前</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>the file</source>
            <translation>该文件</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>the file {file} is read-only</source>
            <translation>文件 {file} 是只读的</translation>
        </message>
        <message>
            <location filename="../../app/core/db.py" />
            <source>the folder {folder} is read-only</source>
            <translation>文件夹 {folder} 是只读的</translation>
        </message>
        <message>
            <location filename="../../app/core/safety_gate.py" />
            <source>the loaded model</source>
            <translation>已加载的模型</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>the messages of one conversation (the branch on screen)</source>
            <translation>一个对话的消息（屏幕上显示的分支）</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>the module did not start</source>
            <translation>模块没有启动</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is beyond the {n} layers the header says</source>
            <translation>张量 {tensor} 超出了文件头所说的 {n} 层</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is missing (the header says {n} layers)</source>
            <translation>缺少张量 {tensor}（文件头说有 {n} 层）</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>the tensor {tensor} is {got} where the header's numbers make it {want}</source>
            <translation>张量 {tensor} 为 {got}，而按文件头的数值应为 {want}</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>the text is not valid UTF-8 (check the terminal's encoding)</source>
            <translation>文本不是有效的 UTF-8（请检查终端的编码）</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>the text to check; '-' reads it from standard input</source>
            <translation>要检查的文本；'-' 表示从标准输入读取</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>tool_choice must be 'auto' or 'none': Hearth cannot force a tool call</source>
            <translation>tool_choice 必须是 'auto' 或 'none'：Hearth 无法强制调用工具</translation>
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
            <translation>不安全内容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>use the model of an OpenAI-compatible server instead of a file (key from HEARTH_API_KEY or the keyring)</source>
            <translation>使用 OpenAI 兼容服务器上的模型而不是文件（密钥取自 HEARTH_API_KEY 或密钥环）</translation>
        </message>
        <message>
            <location filename="../../app/core/safety/filter.py" />
            <source>violent crimes</source>
            <translation>暴力犯罪</translation>
        </message>
        <message>
            <location filename="../../app/commands/models.py" />
            <source>what this machine has for running models</source>
            <translation>这台机器运行模型所具备的条件</translation>
        </message>
        <message>
            <location filename="../../app/commands/chat.py" />
            <source>what to ask</source>
            <translation>要问的问题</translation>
        </message>
        <message>
            <location filename="../../app/commands/ask.py" />
            <source>what to ask about the documents</source>
            <translation>关于这些文档要问的问题</translation>
        </message>
        <message>
            <location filename="../../app/commands/search_docs.py" />
            <source>what to look for</source>
            <translation>要查找的内容</translation>
        </message>
        <message>
            <location filename="../../app/commands/common.py" />
            <source>which of the server's models (default: the first it lists)</source>
            <translation>使用服务器上的哪个模型（默认：它列出的第一个）</translation>
        </message>
        <message>
            <location filename="../../app/commands/conversations.py" />
            <source>write to this file instead of printing</source>
            <translation>写入此文件而不是输出到屏幕</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{count} of {total} pages have no text (scanned images?) and were skipped.</source>
            <translation>{total} 页中有 {count} 页没有文字（是扫描图像吗？），已跳过。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>{env}={name}: there is no such CPU variant; this build has {names}.</source>
            <translation>{env}={name}：没有这个 CPU 变体；此版本包含 {names}。</translation>
        </message>
        <message>
            <location filename="../../app/core/backends.py" />
            <source>{env}={name}: this CPU cannot run that variant (it lacks an instruction it needs).</source>
            <translation>{env}={name}：这个 CPU 无法运行该变体（缺少它需要的指令）。</translation>
        </message>
        <message>
            <location filename="../../app/commands/safety_check.py" />
            <source>{file} is not a guard model Hearth knows (Qwen3Guard-Gen or Llama Guard 3).</source>
            <translation>{file} 不是 Hearth 认识的安全模型（Qwen3Guard-Gen 或 Llama Guard 3）。</translation>
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
            <translation>{file}，第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>{folder} is already the models folder.</source>
            <translation>{folder} 已经是模型文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/core/server.py" />
            <source>{key} must be a number from {low} to {high}</source>
            <translation>{key} 必须是 {low} 到 {high} 之间的数字</translation>
        </message>
        <message>
            <location filename="../../app/core/models/folder.py" />
            <source>{name} appeared in {folder} while the models were being moved, so nothing was moved.</source>
            <translation>移动模型期间 {folder} 中出现了 {name}，因此没有移动任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} cannot be a working gpt-oss model: {detail}. The file is damaged or was made wrongly; download a published gpt-oss GGUF instead.</source>
            <translation>{name} 不可能是可用的 gpt-oss 模型：{detail}。该文件已损坏或制作有误；请改为下载正式发布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains binary data, not text, even though its name says otherwise. Attach the original document instead.</source>
            <translation>{name} 虽然名称显示为文本，但包含的是二进制数据。请改为附加原始文档。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains no text.</source>
            <translation>{name} 不包含文字。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} contains {count} internal parts, far more than a Word file has; it was not opened.</source>
            <translation>{name} 包含 {count} 个内部部件，远多于 Word 文件应有的数量；没有打开它。</translation>
        </message>
        <message>
            <location filename="../../app/workers/document_worker.py" />
            <source>{name} could not be indexed: {reason}</source>
            <translation>无法为 {name} 建立索引：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} could not be loaded: {detail}. If the file was downloaded, verify or download it again.</source>
            <translation>无法加载 {name}：{detail}。如果文件是下载的，请校验或重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} could not be read; it may be damaged or not really a {kind} file ({reason}).</source>
            <translation>无法读取 {name}；它可能已损坏，或并不是真正的 {kind} 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} does not match its recorded checksum: it was changed or damaged on disk. Delete it and download it again.</source>
            <translation>{name} 与记录的校验和不符：它在磁盘上被修改或损坏了。请删除后重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has more than {cap} pages; split it into smaller files.</source>
            <translation>{name} 超过 {cap} 页；请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has no pages.</source>
            <translation>{name} 没有任何页面。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has no text layer (it looks like a scan). Run it through OCR, for example “Recognize text” in a PDF tool, and attach the result.</source>
            <translation>{name} 没有文字层（看起来是扫描件）。请先用 OCR 处理，例如 PDF 工具中的“识别文本”，然后附加处理结果。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} has {pages} pages; documents can have at most {cap}. Split it into smaller files.</source>
            <translation>{name} 有 {pages} 页；文档最多只能有 {cap} 页。请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} holds more than {cap} characters of text; split it into smaller files.</source>
            <translation>{name} 的文字超过 {cap} 个字符；请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} holds no LoRA weights.</source>
            <translation>{name} 中没有 LoRA 权重。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is a '{arch}' model. Hearth runs OpenAI's gpt-oss models (gpt-oss-20b, gpt-oss-120b); choose a gpt-oss GGUF file.</source>
            <translation>{name} 是“{arch}”模型。Hearth 运行的是 OpenAI 的 gpt-oss 模型（gpt-oss-20b、gpt-oss-120b）；请选择一个 gpt-oss GGUF 文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is a complete {arch} model ({size}).</source>
            <translation>{name} 是一个完整的 {arch} 模型（{size}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is a safety model, not a chat model: Hearth uses it for the safety filter (Settings, Safety). Choose a gpt-oss file to chat with.</source>
            <translation>{name} 是安全模型，不是聊天模型：Hearth 把它用于安全过滤器（设置 → 安全）。请选择一个 gpt-oss 文件来聊天。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is a zip file but not a Word document.</source>
            <translation>{name} 是 zip 文件，但不是 Word 文档。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is a {arch} model, not gpt-oss: it may run, but Hearth is made for gpt-oss.</source>
            <translation>{name} 是 {arch} 模型，不是 gpt-oss：它也许能运行，但 Hearth 是为 gpt-oss 设计的。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is cut short: its header ends early. The download was probably interrupted; download it again.</source>
            <translation>{name} 被截断了：它的文件头提前结束。下载可能被中断了；请重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is damaged: its header cannot be read ({detail}). Download it again.</source>
            <translation>{name} 已损坏：无法读取它的文件头（{detail}）。请重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is damaged: its header gives the data alignment as {value}, which is not a power of two. Download it again.</source>
            <translation>{name} 已损坏：它的文件头给出的数据对齐值为 {value}，不是 2 的幂。请重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is empty or almost empty ({size} bytes): it is not a model. Download it again.</source>
            <translation>{name} 是空的或几乎是空的（{size} 字节）：它不是模型。请重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is incomplete: it has {have} of the {need} its header describes. The download was probably interrupted; resume or download it again.</source>
            <translation>{name} 不完整：它只有 {have}，而文件头描述的是 {need}。下载可能被中断了；请继续下载或重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is larger than {cap}; split it into smaller files.</source>
            <translation>{name} 大于 {cap}；请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} is not a GGUF model file. Hearth runs GGUF files such as gpt-oss-20b-mxfp4.gguf.</source>
            <translation>{name} 不是 GGUF 模型文件。Hearth 运行的是 GGUF 文件，例如 gpt-oss-20b-mxfp4.gguf。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is not a LoRA adapter (it is a '{kind}' file). Choose a LoRA GGUF made for gpt-oss.</source>
            <translation>{name} 不是 LoRA 适配器（它是“{kind}”文件）。请选择一个为 gpt-oss 制作的 LoRA GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} is not a LoRA adapter Hearth can read ({detail}).</source>
            <translation>{name} 不是 Hearth 能读取的 LoRA 适配器（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is not a readable PDF; it may be truncated or damaged. Download or export it again.</source>
            <translation>{name} 不是可读取的 PDF；它可能被截断或已损坏。请重新下载或导出。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is not a valid Word .docx file. If it is an older .doc file, open it in Word or LibreOffice and save it as .docx.</source>
            <translation>{name} 不是有效的 Word .docx 文件。如果它是旧的 .doc 文件，请在 Word 或 LibreOffice 中打开并另存为 .docx。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/local.py" />
            <source>{name} is not in Hearth's models folder, so Hearth will not delete it.</source>
            <translation>{name} 不在 Hearth 的模型文件夹中，因此 Hearth 不会删除它。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is password-protected. Open it in a PDF viewer, save a copy without a password and attach that.</source>
            <translation>{name} 受密码保护。请在 PDF 阅读器中打开它，另存一份没有密码的副本，然后附加那份副本。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} is {size}; documents can be at most {cap}. Split it into smaller files.</source>
            <translation>{name} 大小为 {size}；文档最大只能是 {cap}。请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} lacks the harmony token {token}, so Hearth cannot talk to it. Choose a published gpt-oss GGUF.</source>
            <translation>{name} 缺少 harmony token {token}，因此 Hearth 无法与它对话。请选择正式发布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} looks like a zip bomb: part {part} would inflate from {small} to {big}. It was not opened.</source>
            <translation>{name} 看起来是一个 zip 炸弹：部件 {part} 会从 {small} 膨胀到 {big}。没有打开它。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/probe.py" />
            <source>{name} makes llama.cpp stop while loading it ({detail}). The file is damaged or is not a model Hearth can run; download a published gpt-oss GGUF instead.</source>
            <translation>加载 {name} 时 llama.cpp 停止了运行（{detail}）。该文件已损坏，或不是 Hearth 能运行的模型；请改为下载正式发布的 gpt-oss GGUF。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>{name} matches the Hub's checksum but is not a complete GGUF model file, so Hearth cannot use it. Choose another file.</source>
            <translation>{name} 与 Hub 的校验和相符，但不是完整的 GGUF 模型文件，因此 Hearth 无法使用。请选择另一个文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{name} uses GGUF version {v}, which this version of Hearth cannot read.</source>
            <translation>{name} 使用 GGUF 版本 {v}，此版本的 Hearth 无法读取。</translation>
        </message>
        <message>
            <source>{name} was damaged in transfer: its checksum does not match the one the Hugging Face Hub publishes. The damaged file was deleted; press Retry to download it again.</source>
            <translation type="vanished">{name} 在传输中损坏了：它的校验和与 Hugging Face Hub 公布的不一致。损坏的文件已删除；点击“重试”即可重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/downloads.py" />
            <source>{name} was damaged in transfer: its checksum does not match the one the Hugging Face Hub publishes. The damaged file was deleted; try again to download it anew.</source>
            <translation>{name} 在传输中损坏了：它的校验和与 Hugging Face Hub 公布的不一致。损坏的文件已删除；请重试以重新下载。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} was made for '{arch}' models, not for {model} ({model_arch}). Choose an adapter made for this model.</source>
            <translation>{name} 是为“{arch}”模型制作的，不适用于 {model}（{model_arch}）。请选择为此模型制作的适配器。</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{name} was made for a model of another size: its {tensor} is {got}, {model} has {want}. Choose an adapter made for this model.</source>
            <translation>{name} 是为另一种大小的模型制作的：它的 {tensor} 是 {got}，而 {model} 是 {want}。请选择为此模型制作的适配器。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name} would inflate to {big}, more than the {cap} allowed; it was not opened.</source>
            <translation>{name} 解压后会达到 {big}，超过允许的 {cap}；没有打开它。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{name} would need about {full} of memory with the fast CPU copy of its experts, more than this computer has free, so it was loaded in low-memory mode (about {low}). Answers come a little slower.</source>
            <translation>如果创建专家的 CPU 快速副本，{name} 需要约 {full} 内存，超过了这台电脑的可用内存，因此它以低内存模式加载（约 {low}）。回答会稍慢一些。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: no page could be read; the PDF may be damaged.</source>
            <translation>{name}：没有一页能读取；这个 PDF 可能已损坏。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: not a regular file, so it cannot be read as a document.</source>
            <translation>{name}：不是普通文件，因此无法作为文档读取。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: not enough memory to read this file.</source>
            <translation>{name}：内存不足，无法读取此文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: the file could not be opened ({reason}).</source>
            <translation>{name}：无法打开文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/documents/extract.py" />
            <source>{name}: the file was not found; it may have been moved or deleted.</source>
            <translation>{name}：找不到文件；它可能已被移动或删除。</translation>
        </message>
        <message>
            <location filename="../../app/commands/backends.py" />
            <source>{n} device(s)</source>
            <translation>{n} 个设备</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{n} of {total} layers on the GPU</source>
            <translation>{n} / {total} 层在 GPU 上</translation>
        </message>
        <message>
            <location filename="../../app/core/gguf_info.py" />
            <source>{path} is a folder, not a model file. Choose the .gguf file inside it.</source>
            <translation>{path} 是文件夹，不是模型文件。请选择其中的 .gguf 文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export (its data is nested too deeply).</source>
            <translation>{path} 不是 Hearth 导出文件（其数据嵌套过深）。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export ({reason}).</source>
            <translation>{path} 不是 Hearth 导出文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{path} is not a Hearth export.</source>
            <translation>{path} 不是 Hearth 导出文件。</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>{repo} is a gated repository. Open huggingface.co/{repo} in a browser, accept its license, then add a Hugging Face access token in Settings and try again.</source>
            <translation>{repo} 是受限仓库。请在浏览器中打开 huggingface.co/{repo}，接受它的许可协议，然后在设置中添加 Hugging Face 访问令牌并重试。</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} 不是整数</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value} is not between {low} and {high}</source>
            <translation>{value} 不在 {low} 到 {high} 之间</translation>
        </message>
        <message>
            <location filename="../../app/commands/arguments.py" />
            <source>{value} is not between {low} and {high}{extra}</source>
            <translation>{value} 不在 {low} 到 {high} 之间{extra}</translation>
        </message>
        <message>
            <location filename="../../app/core/models/fit.py" />
            <source>{verdict}: needs about {ram} of RAM</source>
            <translation>{verdict}：需要约 {ram} 内存</translation>
        </message>
        <message>
            <location filename="../../app/core/models/hub.py" />
            <source>{what} was not found on the Hugging Face Hub. The file may have been renamed or removed; refresh the catalog.</source>
            <translation>在 Hugging Face Hub 上找不到 {what}。文件可能已被重命名或删除；请刷新模型目录。</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{where}: nested too deeply</source>
            <translation>{where}：嵌套过深</translation>
        </message>
        <message>
            <location filename="../../app/core/history_io.py" />
            <source>{where}: text that is not valid Unicode (a lone surrogate)</source>
            <translation>{where}：文本不是有效的 Unicode（存在孤立的代理项）</translation>
        </message>
        <message>
            <location filename="../../app/core/engine.py" />
            <source>{why} The model runs on the CPU.</source>
            <translation>{why}模型在 CPU 上运行。</translation>
        </message>
        <message>
            <location filename="../../app/core/remote_engine.py" />
            <source>“{url}” is not a server address. Enter one like http://192.168.1.20:8000/v1.</source>
            <translation>“{url}”不是服务器地址。请输入类似 http://192.168.1.20:8000/v1 的地址。</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../app/ui/language.py" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>markdown</name>
        <message>
            <location filename="../../app/ui/markdown.py" />
            <source>[image: {alt}]</source>
            <translation>[图片：{alt}]</translation>
        </message>
        <message>
            <location filename="../../app/ui/markdown.py" />
            <source>[image]</source>
            <translation>[图片]</translation>
        </message>
    </context>
    <context>
        <name>unlock</name>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Choose a passphrase</source>
            <translation>设置口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Enter the passphrase of Hearth's lock.</source>
            <translation>请输入 Hearth 锁定用的口令。</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Enter your passphrase</source>
            <translation>输入你的口令</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Hearth cannot open your history</source>
            <translation>Hearth 无法打开你的历史记录</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>Hearth is locked</source>
            <translation>Hearth 已锁定</translation>
        </message>
        <message>
            <location filename="../../app/ui/unlock.py" />
            <source>That is not the lock's passphrase.</source>
            <translation>这不是锁定用的口令。</translation>
        </message>
    </context>
</TS>
