import os, shutil
HERE=os.path.dirname(os.path.abspath(__file__))
S=os.path.join(HERE,'..','samples','data')
def base(name):
    d=os.path.join(HERE,name)
    shutil.rmtree(d,ignore_errors=True)
    shutil.copytree(S+'/reference', d+'/reference')
    os.makedirs(d+'/profiles'); os.makedirs(d+'/returns')
    return d
